/**
 * The app and the seed command as real child processes (`node --import tsx …`, which is what the
 * `tsx` command runs, minus its wrapper process: the pid is the server itself, so SIGKILL and RSS
 * readings hit the right process).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import readline from 'node:readline';
import { REPO_ROOT } from '../../server/src/repoRoot.js';

const OUTPUT_TAIL_LINES = 60;

/** Children still running; none may outlive the runner, however it ends. */
const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export interface ChildRun {
  readonly child: ChildProcess;
  readonly pid: number;
  /** The last lines of stdout and stderr, for messages. */
  readonly tail: string[];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Calls back on every output line (stdout and stderr). */
  onLine(listener: (line: string, stream: 'stdout' | 'stderr') => void): void;
  kill(signal?: NodeJS.Signals): void;
}

/** Runs a TypeScript entry point of the project under Node with tsx's loader. */
export function runTs(entry: string, env: Record<string, string>, args: string[] = []): ChildRun {
  const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined || child.stdout === null || child.stderr === null)
    throw new Error(`could not start ${entry}`);
  const tail: string[] = [];
  const listeners: ((line: string, stream: 'stdout' | 'stderr') => void)[] = [];
  for (const stream of ['stdout', 'stderr'] as const)
    readline.createInterface({ input: child[stream] }).on('line', (line) => {
      tail.push(line);
      if (tail.length > OUTPUT_TAIL_LINES) tail.shift();
      for (const listener of listeners) listener(line, stream);
    });
  running.add(child);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    }),
  );
  return {
    child,
    pid: child.pid,
    tail,
    exited,
    onLine: (listener) => listeners.push(listener),
    kill: (signal = 'SIGKILL') => void child.kill(signal),
  };
}

/** Waits for the process to exit; kills it if it has not within the time (then `timedOut` is true). */
export async function exitWithin(
  run: ChildRun,
  timeoutMs: number,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; timedOut: boolean }> {
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    run.kill();
  }, timeoutMs);
  const exit = await run.exited;
  clearTimeout(timer);
  return { ...exit, timedOut };
}

/** Resident set size of a process in bytes (Linux), or null once it is gone. */
export function rssBytes(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** One of the app's JSON log lines as a short phrase: message, error name, code and message. */
export function describeLogLine(line: string): string {
  try {
    const entry = JSON.parse(line) as { msg?: string; error?: { name?: string; code?: string; message?: string } };
    const error = entry.error
      ? ` ${entry.error.name ?? ''} ${entry.error.code ?? ''}: ${entry.error.message ?? ''}`
      : '';
    return `${entry.msg ?? ''}${error}`.slice(0, 240);
  } catch {
    return line.slice(0, 240);
  }
}

export interface ApiProcess extends ChildRun {
  readonly url: string;
  /** Milliseconds from spawn to the "ready" line. */
  readonly startMs: number;
  /** Lines the app logged at level error (internal errors), counted since start. */
  errorLogLines(): string[];
  /** The signal the app logged it was shutting down for, if anyone (this runner only ever SIGKILLs it) sent one. */
  shutdownSignal(): string | null;
  stop(): Promise<void>;
}

const READY_LINE = /Alliance Atlas is ready: (http:\/\/\S+)/;

/**
 * Starts `server/src/main.ts` on the given port against the given Neo4j, and waits until it is ready;
 * `env` adds to or overrides its environment (ATLAS_INSTANCE, …).
 */
export async function startApi(
  neo4jUri: string,
  port: number,
  timeoutMs = 90_000,
  env: Record<string, string> = {},
): Promise<ApiProcess> {
  const startedAt = Date.now();
  const run = runTs('server/src/main.ts', {
    NEO4J_URI: neo4jUri,
    NEO4J_PASSWORD: '',
    PORT: String(port),
    HOST: '127.0.0.1',
    // The runner loads the data itself; a restarted API must serve what is there, not reload it.
    SEED_ON_START: 'never',
    LOG_LEVEL: 'info',
    ...env,
  });
  const errorLines: string[] = [];
  let shutdownSignal: string | null = null;
  run.onLine((line) => {
    if (line.includes('"level":"error"')) errorLines.push(line);
    shutdownSignal ??= /"msg":"shutting down".*"signal":"(\w+)"/.exec(line)?.[1] ?? null;
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      run.kill();
      reject(new Error(`the API did not start within ${timeoutMs / 1000} s:\n${run.tail.join('\n')}`));
    }, timeoutMs);
    run.onLine((line) => {
      const ready = READY_LINE.exec(line);
      if (ready) {
        clearTimeout(timer);
        resolve(ready[1]!.replace('localhost', '127.0.0.1'));
      }
    });
    void run.exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`the API exited while starting (${signal ?? code}):\n${run.tail.join('\n')}`));
    });
  });
  return {
    ...run,
    url,
    startMs: Date.now() - startedAt,
    errorLogLines: () => [...errorLines],
    shutdownSignal: () => shutdownSignal,
    async stop() {
      run.kill('SIGTERM');
      const forced = setTimeout(() => run.kill('SIGKILL'), 10_000);
      await run.exited;
      clearTimeout(forced);
    },
  };
}
