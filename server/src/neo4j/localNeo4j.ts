/**
 * A real, local Neo4j 5.26 for development and tests, without Docker: an embedded Neo4j Community DBMS
 * (launcher/, a thin Maven-built jar) run as a child JVM with a loopback-only Bolt connector and no auth.
 *
 * The JVM never outlives this process: it exits on SIGTERM (sent by stop() and by the exit handlers below)
 * and also when its stdin pipe reaches EOF, which the OS guarantees even if Node is SIGKILLed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { constants as fsConstants } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { REPO_ROOT } from '../repoRoot.js';
import neo4j from 'neo4j-driver';

export interface LocalNeo4j {
  /** bolt://127.0.0.1:<port>; no credentials needed (auth is disabled). */
  readonly uri: string;
  readonly port: number;
  /** Neo4j kernel version reported by the launcher, e.g. "5.26.30". */
  readonly version: string;
  readonly pid: number;
  /** The DBMS home directory (store files under data/, Neo4j's logs under logs/). */
  readonly dataDir: string;
  /** Resolves once the JVM has exited, however it ended. */
  readonly exited: Promise<void>;
  /** Clean shutdown: SIGTERM, then SIGKILL if the JVM is still there after 20 s (60 s while recording the CDS archive). */
  stop(): Promise<void>;
  /** SIGKILL, for fault-injection tests; await `exited` before reusing the port. */
  kill(): void;
}

export interface StartLocalNeo4jOptions {
  /** Loopback port for Bolt; a free one is picked when omitted. */
  port?: number | undefined;
  /** Persistent DBMS home; reusable across stop/start. Omit (or set `ephemeral`) for a throwaway store. */
  dataDir?: string | undefined;
  /** Delete the store on exit. Defaults to true when no dataDir is given. */
  ephemeral?: boolean | undefined;
  /** JVM max heap (-Xmx), default "1g". */
  heap?: string | undefined;
  /** Neo4j page cache, default "256m". */
  pageCache?: string | undefined;
  /** Cap on memory used by all running transactions (dbms.memory.transaction.total.max); Neo4j's default if omitted. */
  txMemory?: string | undefined;
  /** Use (and on first use record) a Java class-data-sharing archive to speed up the JVM's start; default true. */
  classDataSharing?: boolean | undefined;
  /** How long to wait for the DBMS to accept Bolt connections, default 120 s. */
  startupTimeoutMs?: number | undefined;
  log?: ((msg: string) => void) | undefined;
}

const LAUNCHER_DIR = path.join(REPO_ROOT, 'launcher');
const LAUNCHER_POM = path.join(LAUNCHER_DIR, 'pom.xml');
const LAUNCHER_SOURCES = path.join(LAUNCHER_DIR, 'src');
const LAUNCHER_TARGET = path.join(LAUNCHER_DIR, 'target');
const LAUNCHER_JAR = path.join(LAUNCHER_TARGET, 'atlas-neo4j-launcher.jar');
const LAUNCHER_LIB = path.join(LAUNCHER_TARGET, 'lib');
const BUILD_LOCK = path.join(LAUNCHER_TARGET, '.build.lock');

const MIN_JAVA_MAJOR = 17;
const BUILD_TIMEOUT_MS = 20 * 60_000;
/** A lock older than this is considered abandoned even if its pid got reused. */
const BUILD_LOCK_STALE_MS = BUILD_TIMEOUT_MS + 60_000;
const STOP_GRACE_MS = 20_000;
const STDERR_TAIL_LINES = 40;
/** Launcher exit code for "port already in use" (see Neo4jLauncher.EXIT_PORT_IN_USE). */
const EXIT_PORT_IN_USE = 65;
const READY_LINE = /^NEO4J_READY (bolt:\/\/\S+) version=(\S+)$/;

/**
 * JVM flags from the Neo4j 5.26 server distribution's conf/neo4j.conf that matter for an embedded DBMS on
 * Java 17+. Without the --add-opens, Neo4j logs "Reflection access to java.nio.DirectByteBuffer is not
 * available, using fallback mode" and fails to posix_fadvise its transaction logs ("Incorrect file descriptor").
 * Left out on purpose: -XX:+AlwaysPreTouch (would commit the whole heap up front on a shared 24 GiB machine),
 * -XX:+TrustFinalNonStaticFields (the distribution says to disable it for embedded use), TLS and profiling flags.
 */
export const NEO4J_JVM_FLAGS: readonly string[] = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+DisableExplicitGC',
  // A JVM in an unknown state after OOM is worse than a dead one: callers see the exit and can restart.
  '-XX:+ExitOnOutOfMemoryError',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  // Java 17 otherwise derives it from the locale, which is ASCII when LANG is unset (CI).
  '-Dfile.encoding=UTF-8',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
];

const defaultLog = (msg: string): void => {
  process.stderr.write(`[local-neo4j] ${msg}\n`);
};

// ---------------------------------------------------------------------------------------------------------
// Toolchain discovery and the launcher build
// ---------------------------------------------------------------------------------------------------------

function missingToolchainError(problem: string): Error {
  return new Error(
    `Cannot start a local Neo4j: ${problem}\n` +
      'Either:\n' +
      `  - install a JDK ${MIN_JAVA_MAJOR}+ and Apache Maven 3.8+ (Debian/Ubuntu: apt-get install openjdk-17-jdk-headless maven;` +
      ' macOS: brew install openjdk@17 maven), so the launcher in launcher/ can be built and run;\n' +
      '  - or point the app at an existing Neo4j 5 by setting NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD;\n' +
      '  - or run `docker compose up` to start Neo4j in Docker.',
  );
}

async function isExecutable(file: string): Promise<boolean> {
  try {
    await fs.access(file, fsConstants.X_OK);
    return (await fs.stat(file)).isFile();
  } catch {
    return false;
  }
}

async function findOnPath(command: string): Promise<string | undefined> {
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter((dir) => dir !== '');
  const names = process.platform === 'win32' ? [`${command}.exe`, `${command}.cmd`, command] : [command];
  for (const dir of dirs) {
    for (const name of names) {
      const candidate = path.join(dir, name);
      if (await isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
}

interface CommandResult {
  code: number | null;
  output: string;
}

function runCommand(command: string, args: readonly string[]): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

interface JavaRuntime {
  command: string;
  /** Full `java -version` output; part of the class-data-sharing archive key. */
  versionText: string;
}

let javaRuntime: Promise<JavaRuntime> | undefined;

/** The `java` to use (JAVA_HOME first, then PATH), checked once per process to be Java 17 or newer. */
function resolveJava(): Promise<JavaRuntime> {
  javaRuntime ??= (async () => {
    const fromJavaHome = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : undefined;
    const java =
      fromJavaHome !== undefined && (await isExecutable(fromJavaHome)) ? fromJavaHome : await findOnPath('java');
    if (java === undefined) throw missingToolchainError('no `java` found (JAVA_HOME or PATH).');
    const { output } = await runCommand(java, ['-version']);
    // `java -version` prints e.g. `openjdk version "17.0.15" 2025-04-15` or `java version "1.8.0_392"`.
    const version = /version "([^"]+)"/.exec(output)?.[1];
    const parts = version?.split('.') ?? [];
    const major = parts[0] === '1' ? Number(parts[1]) : Number(parts[0]);
    if (!Number.isFinite(major) || major < MIN_JAVA_MAJOR) {
      throw missingToolchainError(
        `${java} is Java ${version ?? '(unknown version)'}; Neo4j 5 needs ${MIN_JAVA_MAJOR}+.`,
      );
    }
    return { command: java, versionText: output };
  })();
  // Don't cache a failure: the developer may install Java and retry in the same process (watch mode).
  javaRuntime.catch(() => (javaRuntime = undefined));
  return javaRuntime;
}

async function mtimeMs(file: string): Promise<number | undefined> {
  try {
    return (await fs.stat(file)).mtimeMs;
  } catch {
    return undefined;
  }
}

async function newestMtimeUnder(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const mtime = entry.isDirectory() ? await newestMtimeUnder(full) : ((await mtimeMs(full)) ?? 0);
    newest = Math.max(newest, mtime);
  }
  return newest;
}

async function launcherIsUpToDate(): Promise<boolean> {
  const jarMtime = await mtimeMs(LAUNCHER_JAR);
  if (jarMtime === undefined || (await mtimeMs(LAUNCHER_LIB)) === undefined) return false;
  const pomMtime = (await mtimeMs(LAUNCHER_POM)) ?? 0;
  return jarMtime >= Math.max(pomMtime, await newestMtimeUnder(LAUNCHER_SOURCES));
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/**
 * Cross-process build lock (vitest runs several workers that may all want the launcher): an exclusive-create
 * file holding the owner's pid. A lock whose owner is gone, or that is older than any build can take, is broken.
 */
async function withBuildLock<T>(log: (msg: string) => void, body: () => Promise<T>): Promise<T> {
  await fs.mkdir(LAUNCHER_TARGET, { recursive: true });
  let announcedWait = false;
  for (;;) {
    try {
      const handle = await fs.open(BUILD_LOCK, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const ownerPid = Number(await fs.readFile(BUILD_LOCK, 'utf8').catch(() => ''));
    const lockAge = Date.now() - ((await mtimeMs(BUILD_LOCK)) ?? Date.now());
    // An empty pid can be a lock whose owner has not written it yet, so only age can break that one.
    const ownerGone = Number.isInteger(ownerPid) && ownerPid > 0 && !isProcessAlive(ownerPid);
    if (ownerGone || lockAge > BUILD_LOCK_STALE_MS) {
      log(`Removing a stale launcher build lock (pid ${ownerPid || 'unknown'}).`);
      await fs.rm(BUILD_LOCK, { force: true });
      continue;
    }
    if (!announcedWait) {
      log(`Waiting for another process (pid ${ownerPid || 'unknown'}) that is building the Neo4j launcher…`);
      announcedWait = true;
    }
    await sleep(1000);
  }
  try {
    return await body();
  } finally {
    await fs.rm(BUILD_LOCK, { force: true });
  }
}

// Maven 3.8 from Debian prints stray ANSI resets even in batch mode.
// eslint-disable-next-line no-control-regex
const ANSI_ESCAPE = /\u001b\[[0-9;]*[A-Za-z]/g;

async function runMavenBuild(mvn: string, log: (msg: string) => void): Promise<void> {
  const args = ['-q', '-B', '-Dstyle.color=never', '-f', LAUNCHER_POM, '-DskipTests', 'package'];
  const outputTail: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(mvn, args, { cwd: LAUNCHER_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
    const timer = setTimeout(() => {
      log(`Maven build did not finish within ${BUILD_TIMEOUT_MS / 60_000} min; killing it.`);
      child.kill('SIGKILL');
    }, BUILD_TIMEOUT_MS);
    // With -q Maven only prints warnings and errors, so everything it says is worth showing as it comes.
    const onLine = (line: string): void => {
      const clean = line.replace(ANSI_ESCAPE, '').trimEnd();
      if (clean === '') return;
      log(`[mvn] ${clean}`);
      outputTail.push(clean);
      if (outputTail.length > 60) outputTail.shift();
    };
    readline.createInterface({ input: child.stdout }).on('line', onLine);
    readline.createInterface({ input: child.stderr }).on('line', onLine);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      resolve(exitCode);
    });
  });
  if (code !== 0) {
    throw new Error(
      `Building the Neo4j launcher failed (mvn exited with ${code}). Command: ${mvn} ${args.join(' ')}\n` +
        outputTail.join('\n'),
    );
  }
  if (!(await launcherIsUpToDate())) {
    throw new Error(`Maven succeeded but ${LAUNCHER_JAR} or ${LAUNCHER_LIB} is missing or older than its sources.`);
  }
}

/**
 * Makes sure Java 17+ is available and launcher/target/atlas-neo4j-launcher.jar is built and newer than
 * launcher/pom.xml and launcher/src. Maven is only required when a (re)build is needed.
 */
export async function ensureLauncherBuilt(log: (msg: string) => void = defaultLog): Promise<void> {
  await resolveJava();
  // While another process builds, the new jar exists before lib/ is complete: only trust it once the lock is gone.
  if ((await launcherIsUpToDate()) && (await mtimeMs(BUILD_LOCK)) === undefined) return;
  await withBuildLock(log, async () => {
    // Another process may have finished the build while we waited for the lock.
    if (await launcherIsUpToDate()) return;
    const mvn = await findOnPath('mvn');
    if (mvn === undefined) throw missingToolchainError('the launcher needs building but no `mvn` is on PATH.');
    log('Building the local Neo4j launcher (first run downloads Neo4j 5.26 from Maven Central)…');
    const started = Date.now();
    await runMavenBuild(mvn, log);
    log(`Launcher built in ${seconds(Date.now() - started)}.`);
  });
}

// ---------------------------------------------------------------------------------------------------------
// Class-data sharing: a large part of each start is the JVM loading classes from ~200 jars
// ---------------------------------------------------------------------------------------------------------

const CDS_ARCHIVE_PREFIX = 'neo4j-classes-';

interface ClassDataSharing {
  jvmArgs: string[];
  /** Set when this JVM records the archive: call after it exits to publish (or discard) the recording. */
  publish?: (exitedCleanly: boolean) => Promise<void>;
}

/**
 * Java 17 AppCDS. The first JVM that is stopped cleanly dumps the classes it loaded into an archive; later JVMs map
 * it instead of parsing the jars again, which cut the CPU time to NEO4J_READY by about a third (≈12.5 s → 8.5 s) on
 * the 2-core dev machine. An archive only fits the exact JVM, class path and flags, so its file name carries a hash
 * of them; a JVM that cannot use one just starts normally.
 */
async function classDataSharing(java: JavaRuntime): Promise<ClassDataSharing> {
  const jarMtime = (await mtimeMs(LAUNCHER_JAR)) ?? 0;
  // realpath: /usr/bin/java and $JAVA_HOME/bin/java are usually the same JVM and should share one archive.
  const javaBinary = await fs.realpath(java.command).catch(() => java.command);
  const key = createHash('sha256')
    .update([javaBinary, java.versionText, String(jarMtime), ...NEO4J_JVM_FLAGS].join('\n'))
    .digest('hex')
    .slice(0, 16);
  const archive = path.join(LAUNCHER_TARGET, `${CDS_ARCHIVE_PREFIX}${key}.jsa`);
  await removeAbandonedRecordings();
  if ((await mtimeMs(archive)) !== undefined) return { jvmArgs: [`-XX:SharedArchiveFile=${archive}`] };

  // Recorded under a unique name and renamed into place, so concurrent JVMs never map a half-written archive.
  const recording = `${archive}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  return {
    // The dump lists every class it cannot archive (signed jars, generated classes) as a warning: hundreds of lines.
    jvmArgs: [`-XX:ArchiveClassesAtExit=${recording}`, '-Xlog:cds*=off:stderr'],
    async publish(exitedCleanly: boolean): Promise<void> {
      // A JVM killed by a signal (SIGKILL) may have been cut off in the middle of writing the archive.
      const size = exitedCleanly ? ((await fs.stat(recording).catch(() => undefined))?.size ?? 0) : 0;
      if (size === 0) {
        await fs.rm(recording, { force: true });
        return;
      }
      await fs.rename(recording, archive);
      // Archives recorded for an older jar can never be used again (~100 MB each). Ones for another JVM or flag set
      // are left alone: a process using another JDK, or an older copy of this module, may still want them.
      for (const name of await fs.readdir(LAUNCHER_TARGET)) {
        const other = path.join(LAUNCHER_TARGET, name);
        if (!name.startsWith(CDS_ARCHIVE_PREFIX) || !name.endsWith('.jsa') || other === archive) continue;
        if (((await mtimeMs(other)) ?? Infinity) < jarMtime) await fs.rm(other, { force: true });
      }
    },
  };
}

/** Recordings written by a JVM whose Node parent had already exited (and so never published them). */
async function removeAbandonedRecordings(): Promise<void> {
  for (const name of await fs.readdir(LAUNCHER_TARGET).catch(() => [])) {
    const ownerPid = /^neo4j-classes-\w+\.jsa\.(\d+)\.\w+\.tmp$/.exec(name)?.[1];
    if (ownerPid !== undefined && !isProcessAlive(Number(ownerPid))) {
      await fs.rm(path.join(LAUNCHER_TARGET, name), { force: true });
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Running the DBMS
// ---------------------------------------------------------------------------------------------------------

/** Asks the OS for a free loopback port. Racy by nature; startLocalNeo4j retries on a collision. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen({ host: '127.0.0.1', port: 0, exclusive: true }, () => {
      const address = server.address();
      server.close(() => {
        if (address !== null && typeof address === 'object') resolve(address.port);
        else reject(new Error('could not determine a free port'));
      });
    });
  });
}

/** -Xms for a given -Xmx: 256 MiB, or the whole heap if that is smaller. */
function initialHeap(maxHeap: string): string {
  const match = /^(\d+)([kmg])?$/i.exec(maxHeap.trim());
  if (match === null) throw new Error(`Invalid heap size "${maxHeap}" (expected e.g. 512m or 2g).`);
  const unitMiB: Record<string, number> = { k: 1 / 1024, m: 1, g: 1024 };
  const maxMiB = Number(match[1]) * (match[2] === undefined ? 1 / (1024 * 1024) : unitMiB[match[2].toLowerCase()]!);
  return maxMiB < 256 ? maxHeap : '256m';
}

/** JVMs started here that have not exited yet; the exit handlers stop them with this process. */
const runningJvms = new Set<ChildProcess>();
let exitHandlersInstalled = false;

function installExitHandlers(): void {
  if (exitHandlersInstalled) return;
  exitHandlersInstalled = true;
  // 'exit' only allows synchronous work: SIGTERM starts the JVM's own clean shutdown, which continues after we are gone.
  process.on('exit', () => {
    for (const jvm of runningJvms) jvm.kill('SIGTERM');
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    const onSignal = (): void => {
      for (const jvm of runningJvms) jvm.kill('SIGTERM');
      process.removeListener(signal, onSignal);
      // Listening for a signal disables Node's default exit; if nobody else handles it, re-raise it so this
      // process still dies by that signal as it would have without us.
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    };
    process.on(signal, onSignal);
  }
}

/** Node's ChildProcess pipes are net.Sockets; unref them so a running JVM never keeps this process alive. */
function unrefStream(stream: unknown): void {
  if (stream instanceof net.Socket) stream.unref();
}

class PortInUseError extends Error {}

interface Launch {
  child: ChildProcess;
  uri: string;
  version: string;
  /** Resolves when the JVM has exited; true if it exited by itself (exit code) rather than by a signal. */
  exited: Promise<boolean>;
}

function launchJvm(
  java: string,
  jvmArgs: readonly string[],
  port: number,
  timeoutMs: number,
  log: (msg: string) => void,
): Promise<Launch> {
  const child = spawn(java, jvmArgs, {
    cwd: LAUNCHER_DIR,
    // stdin stays an open pipe that we never write to: its EOF is the JVM's "parent is gone" signal.
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  runningJvms.add(child);
  const exited = new Promise<boolean>((resolve) => {
    child.once('exit', (_code, signal) => {
      runningJvms.delete(child);
      resolve(signal === null);
    });
    // If the spawn itself fails there is no 'exit' event.
    child.once('error', () => {
      runningJvms.delete(child);
      resolve(false);
    });
  });

  const stderrTail: string[] = [];
  if (child.stdout === null || child.stderr === null) throw new Error('spawned JVM has no stdio pipes');
  readline.createInterface({ input: child.stderr }).on('line', (line) => {
    stderrTail.push(line);
    if (stderrTail.length > STDERR_TAIL_LINES) stderrTail.shift();
    log(`[neo4j] ${line}`);
  });
  const stdout = readline.createInterface({ input: child.stdout });

  return new Promise<Launch>((resolve, reject) => {
    let settled = false;
    // Rejects only once the JVM is gone, so the caller can safely clean up its files or reuse the port.
    const fail = (message: string, error?: Error): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      const tail = stderrTail.length > 0 ? `\nLast lines of the JVM's stderr:\n${stderrTail.join('\n')}` : '';
      void exited.then(() => reject(error ?? new Error(`${message}${tail}`)));
    };
    const timer = setTimeout(
      () => fail(`Local Neo4j did not report readiness within ${timeoutMs / 1000} s.`),
      timeoutMs,
    );

    stdout.on('line', (line) => {
      const ready = READY_LINE.exec(line);
      if (ready === null) {
        log(`[neo4j] ${line}`);
        return;
      }
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ child, uri: ready[1]!, version: ready[2]!, exited });
    });
    child.once('error', (error) => fail(`Could not run ${java}: ${error.message}`));
    child.once('exit', (code, signal) => {
      // Wait for stderr to drain so the error message includes the launcher's last words.
      setImmediate(() => {
        if (code === EXIT_PORT_IN_USE) {
          fail('', new PortInUseError(`Port 127.0.0.1:${port} is already in use.`));
        } else {
          fail(`Local Neo4j exited before it was ready (${signal ?? `exit code ${code}`}).`);
        }
      });
    });
  });
}

async function waitForBolt(uri: string, deadline: number): Promise<void> {
  for (;;) {
    // No auth token means scheme "none" (neo4j.auth.none() exists at runtime but not in the 6.x typings).
    const driver = neo4j.driver(uri);
    try {
      await driver.verifyConnectivity();
      return;
    } catch (error) {
      if (Date.now() > deadline) {
        throw new Error(`Local Neo4j at ${uri} started but refuses Bolt connections: ${(error as Error).message}`);
      }
    } finally {
      await driver.close();
    }
    await sleep(250);
  }
}

/**
 * Starts a local Neo4j 5.26 (building the launcher first if needed) and resolves once Bolt accepts connections.
 * The same port and dataDir can be reused after stop()/kill() to simulate a database restart.
 */
export async function startLocalNeo4j(options: StartLocalNeo4jOptions = {}): Promise<LocalNeo4j> {
  const log = options.log ?? defaultLog;
  const timeoutMs = options.startupTimeoutMs ?? 120_000;
  await ensureLauncherBuilt(log);
  const java = await resolveJava();
  installExitHandlers();

  const heap = options.heap ?? '1g';
  const minHeap = initialHeap(heap); // validates the size before anything is created
  const ephemeral = options.ephemeral ?? options.dataDir === undefined;
  // We create the throwaway directory ourselves (rather than letting the launcher pick one) so we can still
  // delete it when the JVM is SIGKILLed and its own cleanup never runs.
  const dataDir = path.resolve(options.dataDir ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'atlas-neo4j-'))));
  const removeEphemeralStore = async (): Promise<void> => {
    if (ephemeral) await fs.rm(dataDir, { recursive: true, force: true }).catch(() => undefined);
  };

  // A port we picked can be grabbed by someone else before the JVM binds it, so retry with a fresh one.
  const attempts = options.port === undefined ? 3 : 1;
  for (let attempt = 1; ; attempt++) {
    const port = options.port ?? (await findFreePort());
    const cds: ClassDataSharing = options.classDataSharing === false ? { jvmArgs: [] } : await classDataSharing(java);
    const jvmArgs = [
      `-Xmx${heap}`,
      // Neo4j warns when the initial heap is left to the JVM; a small start keeps RSS low until data needs it.
      `-Xms${minHeap}`,
      ...NEO4J_JVM_FLAGS,
      // JVM warnings (e.g. an unusable CDS archive) go to stdout by default; keep stdout for the ready line.
      '-Xlog:disable',
      '-Xlog:all=warning:stderr',
      ...cds.jvmArgs,
      '-jar',
      LAUNCHER_JAR,
      '--port',
      String(port),
      '--data-dir',
      dataDir,
      '--pagecache',
      options.pageCache ?? '256m',
      ...(options.txMemory === undefined ? [] : ['--tx-memory', options.txMemory]),
      ...(ephemeral ? ['--ephemeral'] : []),
    ];
    const startedAt = Date.now();
    let launch: Launch;
    try {
      launch = await launchJvm(java.command, jvmArgs, port, timeoutMs, log);
    } catch (error) {
      await cds.publish?.(false).catch(() => undefined);
      if (error instanceof PortInUseError && attempt < attempts) continue;
      await removeEphemeralStore();
      throw error;
    }
    const { child, uri, version } = launch;
    const readyLineAfter = Date.now() - startedAt;
    // Runs however the JVM ends: stop(), kill(), a crash, or the exit handlers.
    // Never rejects: nobody may be awaiting it, and an unhandled rejection would crash the process.
    const exited = launch.exited.then(async (exitedCleanly) => {
      await cds
        .publish?.(exitedCleanly)
        .catch((error: unknown) => log(`Class-data archive not saved: ${String(error)}`));
      await removeEphemeralStore();
    });
    try {
      await waitForBolt(uri, startedAt + timeoutMs);
    } catch (error) {
      child.kill('SIGKILL');
      await exited;
      throw error;
    }
    log(
      `Neo4j ${version} ready at ${uri} in ${seconds(Date.now() - startedAt)} ` +
        `(ready line after ${seconds(readyLineAfter)}, pid ${child.pid}${cds.publish ? ', recording class-data archive' : ''}).`,
    );

    // From here on the JVM must not keep Node alive; the exit handlers take it down with us.
    child.unref();
    unrefStream(child.stdin);
    unrefStream(child.stdout);
    unrefStream(child.stderr);

    return {
      uri,
      port,
      version,
      pid: child.pid ?? -1,
      dataDir,
      exited,
      async stop(): Promise<void> {
        if (child.exitCode === null && child.signalCode === null) {
          child.kill('SIGTERM');
          // Writing the class-data archive at exit takes a few extra seconds.
          const graceMs = cds.publish ? STOP_GRACE_MS + 40_000 : STOP_GRACE_MS;
          const forceKill = setTimeout(() => child.kill('SIGKILL'), graceMs);
          await launch.exited;
          clearTimeout(forceKill);
        }
        await exited;
      },
      kill(): void {
        child.kill('SIGKILL');
      },
    };
  }
}
