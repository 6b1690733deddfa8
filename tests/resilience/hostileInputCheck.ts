/**
 * Check 3: the generated hostile corpus, 16 requests at a time. Every answer must be a GraphQL
 * answer or a well-formed GraphQL error: no 500, no masked internal error, no stack trace, path,
 * Cypher or bolt URI, no CORS grant to a foreign origin; the graph must be unchanged afterwards.
 * If the API stops answering, it is restarted (and the shapes in flight are reported and not sent
 * again), so one hang cannot take the rest of the run with it.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { CYPHER_DIR, cypher } from '../../server/src/db/cypherFiles.js';
import { hostileCorpus, type HostileRequest } from './hostileCorpus.js';
import { errorCodes, graphqlRequest, parseGraphQL, send, type HttpOutcome } from './http.js';
import { describeLogLine } from './processes.js';
import { fingerprintText, type Report } from './report.js';
import type { ResilienceStack } from './stack.js';
import { isCorrect, judge, type ExpectedCase } from './workload.js';

const CHECK = '3 hostile input';
const CONCURRENCY = 16;
/** Longer than the app's 5 s query timeout; an answer later than this counts as none. */
const ANSWER_TIMEOUT_MS = 12_000;
/** After this many hangs the rest of the corpus is not sent (each hang costs a time-out and a restart). */
const MAX_API_RESTARTS = 3;

/** Responses a client may get to a hostile request: anything else is a failure. */
const ACCEPTED_SERVER_ERROR_CODES = new Set(['TIMEOUT']);

interface LeakPattern {
  name: string;
  find: (text: string) => string | null;
}

/** Lines of the project's own Cypher: none may ever reach a client. */
function cypherLines(): string[] {
  const names = ['queries', 'load'].flatMap((dir) =>
    readdirSync(path.join(CYPHER_DIR, dir))
      .filter((f) => f.endsWith('.cypher'))
      .map((f) => `${dir}/${f.replace(/\.cypher$/, '')}`),
  );
  const lines = names.flatMap((name) => cypher(name).split('\n'));
  return [...new Set(lines.map((l) => l.trim()).filter((l) => l.length >= 16 && !l.startsWith('//')))];
}

function leakPatterns(): LeakPattern[] {
  const regex = (name: string, pattern: RegExp): LeakPattern => ({
    name,
    find: (text) => pattern.exec(text)?.[0] ?? null,
  });
  const lines = cypherLines();
  return [
    regex('stack frame', /\bat (?:async )?[\w.<>$]+ \(?(?:file:\/\/|\/)[^)\s]*:\d+:\d+\)?/),
    regex('file path', /(?:\/(?:work|home|root|tmp|usr|srv|opt|var)\/[\w.-]+\/|node_modules|file:\/\/)/),
    regex('source location', /\b[\w-]+\.(?:ts|js|mjs|cjs|java):\d+/),
    regex('Neo4j error', /Neo4jError|Neo\.(?:ClientError|TransientError|DatabaseError)\.|org\.neo4j/),
    regex('bolt URI', /\b(?:bolt|neo4j)(?:\+s|\+ssc)?:\/\/\S+/),
    regex('stack trace field', /"(?:stacktrace|stack)"\s*:/),
    { name: 'Cypher text', find: (text) => lines.find((line) => text.includes(line)) ?? null },
  ];
}

/** Every string inside a JSON value (the decoded text of messages, variables, queries). */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(stringsIn);
  return [];
}

function requestTexts(request: HostileRequest): string[] {
  const body =
    request.body === undefined
      ? ''
      : typeof request.body === 'string'
        ? request.body
        : new TextDecoder().decode(request.body);
  const texts = [body, safeDecodeUri(request.path ?? '')];
  try {
    texts.push(...stringsIn(JSON.parse(body)));
  } catch {
    // Not JSON: the raw body is what the server saw.
  }
  return texts;
}

function safeDecodeUri(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** What was wrong with the answer, or null if it is acceptable; `kind` is the answer's class otherwise. */
function judgeAnswer(
  request: HostileRequest,
  outcome: HttpOutcome,
  leaks: LeakPattern[],
): { kind: string; problem: string | null } {
  if (outcome.status === null)
    return { kind: `no answer (${outcome.networkError})`, problem: `no answer: ${outcome.networkError}` };
  const body = parseGraphQL(outcome.text);
  const codes = [...new Set(errorCodes(body))];
  const kind =
    body === null
      ? `${outcome.status} not GraphQL`
      : body.errors
        ? `${outcome.status} ${codes.join('+')}`
        : `${outcome.status} answer`;
  if (outcome.status >= 500 && !(outcome.status === 503 && codes.every((c) => ACCEPTED_SERVER_ERROR_CODES.has(c))))
    return { kind, problem: `HTTP ${outcome.status}` };
  if (body === null) return { kind, problem: `not a GraphQL response: ${outcome.text.slice(0, 120)}` };
  // Every request of the corpus is a client's mistake: answering one with an internal error (at
  // any status, 400 included) means the server failed to recognise the mistake.
  if (codes.includes('INTERNAL_SERVER_ERROR'))
    return { kind, problem: `INTERNAL_SERVER_ERROR (HTTP ${outcome.status}) for a client's mistake` };
  const allow = outcome.headers.get('access-control-allow-origin');
  if (allow !== null && request.headers?.origin !== undefined) return { kind, problem: `CORS grant to ${allow}` };
  const said = [outcome.text, ...stringsIn(body)];
  const asked = requestTexts(request);
  for (const leak of leaks)
    for (const text of said) {
      const found = leak.find(text);
      if (found !== null && !asked.some((t) => t.includes(found)))
        return { kind, problem: `leaks ${leak.name}: ${found.slice(0, 80)}` };
    }
  return { kind, problem: null };
}

interface Failure {
  request: HostileRequest;
  problem: string;
}

export async function hostileInputCheck(
  stack: ResilienceStack,
  cases: readonly ExpectedCase[],
  report: Report,
): Promise<void> {
  const corpus = hostileCorpus(stack.seed, cases);
  const leaks = leakPatterns();
  const before = await stack.repo.fingerprint();
  const startedAt = Date.now();
  const kinds = new Map<string, number>();
  const failures: Failure[] = [];
  const hangs: string[] = [];
  /** Shapes (with the size sent) that got no answer in time. */
  const unanswered = new Map<string, number>();
  const skippedShapes = new Set<string>();
  const slowestByShape = new Map<string, number>();
  let sent = 0;
  let skipped = 0;
  const errorLogLines: string[] = [];
  // Errors this API process logged before the corpus are not the corpus's; a restarted one starts clean.
  let logOffset = stack.api.errorLogLines().length;
  const collectLogs = () => {
    errorLogLines.push(...stack.api.errorLogLines().slice(logOffset));
    logOffset = 0;
  };
  let recovering: Promise<void> | null = null;

  const shapeKey = (r: HostileRequest) => `${r.category} / ${r.shape}`;
  /** No answer came: if the API itself does not answer, it hung or died; restart it and skip that shape from now on. */
  const recover = async (inFlight: HostileRequest): Promise<void> => {
    const health = await send(stack.url, { method: 'GET', path: '/healthz' }, 3000);
    if (health.status === 200) return;
    const died = stack.api.child.exitCode !== null || stack.api.child.signalCode !== null;
    hangs.push(`${died ? 'died' : 'hung'} with "${shapeKey(inFlight)}" (${bodySize(inFlight)} bytes) in flight`);
    skippedShapes.add(shapeKey(inFlight));
    collectLogs();
    stack.api.kill();
    await stack.api.exited;
    // Restarted even past the cap (the other checks need it); past the cap the corpus stops.
    await stack.restartApi();
  };

  const queue = [...corpus];
  const worker = async () => {
    for (;;) {
      if (recovering) await recovering;
      const request = queue.shift();
      if (request === undefined) return;
      if (skippedShapes.has(shapeKey(request)) || hangs.length > MAX_API_RESTARTS) {
        skipped++;
        continue;
      }
      sent++;
      const outcome = await send(stack.url, request, ANSWER_TIMEOUT_MS);
      const elapsed = outcome.endedAt - outcome.startedAt;
      slowestByShape.set(shapeKey(request), Math.max(elapsed, slowestByShape.get(shapeKey(request)) ?? 0));
      if (outcome.status === null) {
        unanswered.set(shapeKey(request), Math.min(bodySize(request), unanswered.get(shapeKey(request)) ?? Infinity));
        // Everything in flight times out together when the server hangs; one recovery serves them all.
        skippedShapes.add(shapeKey(request));
        recovering ??= recover(request).finally(() => (recovering = null));
        await recovering;
      }
      const { kind, problem } = judgeAnswer(request, outcome, leaks);
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      if (problem !== null) failures.push({ request, problem });
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (Date.now() - startedAt) / 1000;
  collectLogs();

  const after = await stack.repo.fingerprint();
  const health = await send(stack.url, { method: 'GET', path: '/healthz' }, 3000);
  const probe = cases[0]!;
  const stillRight = isCorrect(judge(probe, await send(stack.url, graphqlRequest(probe.query, probe.variables))));

  const byCategory = new Map<string, number>();
  for (const r of corpus) byCategory.set(r.category, (byCategory.get(r.category) ?? 0) + 1);
  report.measure(
    CHECK,
    'inputs generated (seeded)',
    `${corpus.length}: ${[...byCategory].map(([c, n]) => `${c} ${n}`).join(', ')}`,
  );
  report.measure(
    CHECK,
    'inputs sent',
    `${sent} in ${seconds.toFixed(0)} s at concurrency ${CONCURRENCY}${skipped ? `; ${skipped} not sent (their shape hung the API)` : ''}`,
  );
  report.measure(
    CHECK,
    'answers by class',
    [...kinds]
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k}: ${n}`)
      .join(', '),
  );
  const slowest = [...slowestByShape].sort((a, b) => b[1] - a[1]).slice(0, 3);
  report.measure(CHECK, 'slowest shapes (ms)', slowest.map(([s, ms]) => `${s} ${ms}`).join('; '));
  report.measure(CHECK, 'graph before / after', `${fingerprintText(before)} / ${fingerprintText(after)}`);
  report.measure(
    CHECK,
    'errors the API logged',
    `${errorLogLines.length}${errorLogLines[0] ? `, first: ${describeLogLine(errorLogLines[0])}` : ''}`,
  );

  const problemsOf = (pattern: RegExp) => failures.filter((f) => pattern.test(f.problem));
  const describe = (list: Failure[]) =>
    list.length === 0
      ? 'none'
      : `${list.length}, e.g. ${list
          .slice(0, 3)
          .map((f) => `[${shapeKey(f.request)}] ${f.problem}`)
          .join(' | ')}`;
  // Requests that got no answer at all are the next verdict's business.
  const malformed = problemsOf(/^(HTTP|not a GraphQL|internal)/);
  report.verdict(
    CHECK,
    'every answer is a GraphQL answer or error (no 500)',
    malformed.length === 0,
    `bad answers: ${describe(malformed)}`,
  );
  const leaked = problemsOf(/^leaks/);
  report.verdict(CHECK, 'no internals leaked', leaked.length === 0, `leaks: ${describe(leaked)}`);
  report.verdict(
    CHECK,
    'no CORS grant to a foreign origin',
    problemsOf(/^CORS/).length === 0,
    `grants: ${describe(problemsOf(/^CORS/))}`,
  );
  const stalls = [...unanswered].map(([shape, bytes]) => `${shape} (from ${bytes} bytes)`);
  report.verdict(
    CHECK,
    'every input answered in time; the API never hung or died',
    hangs.length === 0 && stalls.length === 0 && health.status === 200 && stillRight,
    [
      `restarted ${hangs.length} time(s)${hangs.length > 0 ? `: ${hangs.join('; ')}` : ''}`,
      `${skipped} not sent after their shape hung it`,
      `no answer within ${ANSWER_TIMEOUT_MS / 1000} s: ${stalls.length > 0 ? stalls.join('; ') : 'none'}`,
      `answering correctly afterwards: ${stillRight}`,
    ].join('; '),
  );
  report.verdict(
    CHECK,
    'graph unchanged (counts and fingerprint)',
    before.checksum === after.checksum && before.nodes === after.nodes && before.relationships === after.relationships,
    `${fingerprintText(before)} → ${fingerprintText(after)}`,
  );
}

const bodySize = (r: HostileRequest) =>
  r.body === undefined ? 0 : typeof r.body === 'string' ? Buffer.byteLength(r.body) : r.body.length;
