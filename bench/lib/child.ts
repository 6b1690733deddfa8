/**
 * Bench parts that must be measured on their own (the loader's memory, the app's RSS under load)
 * run as child processes: `tsx` scripts that print one `RESULT {json}` line when done.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import readline from 'node:readline';

const RESULT_PREFIX = 'RESULT ';

/** For the child's side: hand the parent its result. */
export function reportResult(result: unknown): void {
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
}

export interface TsChild<T> {
  process: ChildProcess;
  /** The RESULT line's value; rejects if the child exits without one. */
  result: Promise<T>;
  /** Lines the child printed on stdout before its result (e.g. a "listening" line). */
  onLine(listener: (line: string) => void): void;
}

/** The children still running, so that a stopped bench can stop them too. */
const running = new Set<ChildProcess>();

/** Stops every child still running (the bench was told to stop). */
export function stopChildren(): void {
  for (const child of running) child.kill('SIGTERM');
}

/** Runs `script` with tsx in a fresh Node, stderr passed through with a prefix. */
export function runTsChild<T>(
  script: string,
  args: string[],
  options: { nodeArgs?: string[]; label: string; env?: Record<string, string> },
): TsChild<T> {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), '--import', 'tsx', script, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env },
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  const listeners: ((line: string) => void)[] = [];
  readline
    .createInterface({ input: child.stderr! })
    .on('line', (line) => process.stderr.write(`  [${options.label}] ${line}\n`));
  const result = new Promise<T>((resolve, reject) => {
    let value: T | undefined;
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith(RESULT_PREFIX)) value = JSON.parse(line.slice(RESULT_PREFIX.length)) as T;
      else listeners.forEach((listener) => listener(line));
    });
    child.once('error', reject);
    child.once('close', (code, signal) => {
      if (value !== undefined) resolve(value);
      else reject(new Error(`${options.label} exited (${signal ?? `code ${code}`}) without a result`));
    });
  });
  return { process: child, result, onLine: (listener) => listeners.push(listener) };
}

/** A field of /proc/<pid>/status in bytes (VmRSS now, VmHWM the peak so far); Linux only. */
export function procMemory(pid: number | 'self', field: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  if (match === null) throw new Error(`no ${field} in /proc/${pid}/status`);
  return Number(match[1]) * 1024;
}

const CLOCK_TICKS_PER_SECOND = 100;

/**
 * CPU time a process has used so far (user + system), in ms. On a shared machine this, unlike the
 * wall clock, does not grow when other work takes the cores.
 */
export function procCpuMs(pid: number | 'self'): number {
  // Fields after the command name (which is in parentheses and may contain spaces); utime and stime are 14 and 15.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}
