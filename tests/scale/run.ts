/**
 * `npm run test:scale`: two API processes behind Debian's nginx, on loopback in a temp dir, against
 * one local Neo4j reached through its routing URI (neo4j://). Proves that both processes serve,
 * that killing one under a read load of 32 connections loses no request (nginx retries the GETs
 * elsewhere), and that it rejoins once restarted; that a session made through one process works
 * through the other and a change accepted through one is read through the other within 1 s.
 * Prints a summary table and `Scale: N passed, M failed, K not checked`; exits non-zero on any failure.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { randomBytes } from 'node:crypto';
import { CurationService } from '../../server/src/curation/service.js';
import { AtlasRepository } from '../../server/src/db/atlasRepository.js';
import { CurationRepository } from '../../server/src/db/curationRepository.js';
import { REPO_ROOT } from '../../server/src/repoRoot.js';
import { createDriver } from '../../server/src/neo4j/driver.js';
import { findFreePort, startLocalNeo4j, type LocalNeo4j } from '../../server/src/neo4j/localNeo4j.js';
import { applySchema, loadDatasetIntoNeo4j } from '../../server/src/seed/load.js';
import { SEED_DIR, SOURCES_DIR } from '../../server/src/seed/paths.js';
import { withSourceTexts } from '../../server/src/seed/sourceTexts.js';
import { loadDataset } from '../../server/src/seed/validate.js';
import { routingUri } from '../support/db.js';
import { pollUntil, startLoad } from '../support/load.js';
import { startApi, type ApiProcess } from '../resilience/processes.js';
import { Report } from '../resilience/report.js';

const NGINX = process.env.NGINX ?? '/usr/sbin/nginx';
const TEMPLATE = path.join(REPO_ROOT, 'deploy', 'nginx', 'atlas.conf.template');
const CONNECTIONS = 32;
/** Seconds of load before the kill, between the kill and the restart, and after the process is back. */
const BEFORE_KILL_S = 4;
const DOWN_S = 4;
const AFTER_REJOIN_S = 5;
/** Every wait below is bounded; this bounds the whole run too. */
const RUN_LIMIT_MS = 8 * 60_000;

const report = new Report('Scale');
const startedAt = Date.now();
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** GET queries as the web app sends them: with the CSRF preflight header, which nginx may retry. */
function getQuery(operationName: string, query: string, variables: Record<string, unknown>) {
  const params = new URLSearchParams({ operationName, query, variables: JSON.stringify(variables) });
  return { method: 'GET' as const, path: `/graphql?${params}`, headers: { 'apollo-require-preflight': 'true' } };
}
const REQUESTS = [
  getQuery('Search', 'query Search($text: String!) { search(text: $text) { score entity { id name } } }', {
    text: 'Quad',
  }),
  getQuery(
    'EntityDetails',
    'query EntityDetails($id: ID!) { entity(id: $id) { id name claims { id } relations(first: 50) { totalCount } } }',
    { id: 'framework:quad' },
  ),
];

/** Responses by the process that answered (X-Atlas-Instance), with the time of each. */
class Tally {
  readonly byInstance = new Map<string, number[]>();
  readonly statuses = new Map<string, number>();
  record(status: number, body: string, headers: Record<string, string>): void {
    // A refusal's error code says who refused: the API (UNAVAILABLE, TIMEOUT …) or nginx (none).
    const code = status === 200 ? '' : (/"code":"(\w+)"/.exec(body)?.[1] ?? '');
    const key = `${status}${code ? ` ${code}` : ''}`;
    this.statuses.set(key, (this.statuses.get(key) ?? 0) + 1);
    const instance = headers['x-atlas-instance'] ?? '(none)';
    this.byInstance.set(instance, [...(this.byInstance.get(instance) ?? []), Date.now()]);
  }
  /** `200 ×1234, 502 ×2` */
  statusText(): string {
    return [...this.statuses].map(([status, n]) => `${status} ×${n}`).join(', ');
  }
  count(instance: string, since = 0): number {
    return (this.byInstance.get(instance) ?? []).filter((t) => t >= since).length;
  }
  first(instance: string, since: number): number | undefined {
    return (this.byInstance.get(instance) ?? []).find((t) => t >= since);
  }
}

function loadThrough(url: string, tally: Tally, durationS: number) {
  return startLoad({
    url,
    connections: CONNECTIONS,
    duration: durationS,
    timeout: 30,
    requests: REQUESTS.map((r) => ({
      ...r,
      onResponse: (status, body, _c, headers) => tally.record(status, body, headers),
    })),
  });
}

/** nginx in the foreground, its config from the repo's template with these processes upstream. */
function startNginx(dir: string, listen: number, upstreams: number[]): ChildProcess {
  const site = readFileSync(TEMPLATE, 'utf8')
    .replaceAll(
      '${ATLAS_UPSTREAM_SERVERS}',
      // max_fails=0: never take a process out. On loopback a dead one refuses at once and nginx retries
      // the next, so this checks the retry (proxy_next_upstream) itself; the passive exclusion would
      // also take out a live process that answers 503 when this shared machine is overloaded.
      upstreams.map((port) => `server 127.0.0.1:${port} max_fails=0;`).join('\n    '),
    )
    .replaceAll('${ATLAS_LISTEN}', `127.0.0.1:${listen}`);
  writeFileSync(path.join(dir, 'atlas.conf'), site);
  for (const temp of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'])
    mkdirSync(path.join(dir, temp), { recursive: true });
  const temps = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((kind, i) => `${kind}_temp_path ${path.join(dir, ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'][i]!)};`)
    .join('\n  ');
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      `pid ${path.join(dir, 'nginx.pid')};`,
      `error_log ${path.join(dir, 'error.log')} warn;`,
      'events { worker_connections 1024; }',
      'http {',
      '  access_log off;',
      `  ${temps}`,
      `  include ${path.join(dir, 'atlas.conf')};`,
      '}',
    ].join('\n'),
  );
  const child = spawn(NGINX, ['-p', dir, '-e', path.join(dir, 'error.log'), '-c', path.join(dir, 'nginx.conf')], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  process.on('exit', () => child.kill('SIGKILL'));
  return child;
}

async function isReady(url: string): Promise<boolean> {
  try {
    return (await fetch(new URL('readyz', url), { signal: AbortSignal.timeout(2000) })).ok;
  } catch {
    return false;
  }
}

async function main(): Promise<number> {
  const watchdog = setTimeout(() => {
    report.verdict('run', `finished within ${RUN_LIMIT_MS / 60_000} min`, false, 'still running; stopped');
    report.print((Date.now() - startedAt) / 1000);
    process.exit(1);
  }, RUN_LIMIT_MS);
  watchdog.unref();

  if (!existsSync(NGINX)) {
    report.verdict('0 setup', 'nginx installed', false, `${NGINX} is missing (apt-get install nginx; .ci/run does it)`);
    report.print((Date.now() - startedAt) / 1000);
    return 1;
  }
  console.log(spawnSync(NGINX, ['-v'], { encoding: 'utf8' }).stderr.trim());

  const dir = mkdtempSync(path.join(tmpdir(), 'atlas-scale-'));
  let neo4j: LocalNeo4j | undefined;
  let driver: Driver | undefined;
  let nginx: ChildProcess | undefined;
  const apis: ApiProcess[] = [];
  try {
    neo4j = await startLocalNeo4j({ ephemeral: true, log: () => undefined });
    driver = createDriver({ uri: neo4j.uri });
    await applySchema(driver);
    await loadDatasetIntoNeo4j(
      driver,
      withSourceTexts(loadDataset(SEED_DIR, { sourcesDir: SOURCES_DIR }).dataset, SOURCES_DIR),
    );
    const uri = routingUri(neo4j.uri);
    report.measure('0 setup', 'Neo4j', `${neo4j.version}, API processes reach it as ${uri}`);

    const ports = [await findFreePort(), await findFreePort()];
    const names = ['api-1', 'api-2'];
    // Generous query timeout, as the test app's: the run shares the machine's cores with Neo4j and the load.
    const start = (i: number) =>
      startApi(uri, ports[i]!, 90_000, { ATLAS_INSTANCE: names[i]!, LOG_LEVEL: 'warn', QUERY_TIMEOUT_MS: '20000' });
    apis.push(await start(0), await start(1));
    // A first request per process and query (compiling it, warming Neo4j) before anything is measured.
    for (const port of ports)
      for (const request of REQUESTS)
        await fetch(`http://127.0.0.1:${port}${request.path}`, { headers: request.headers });
    report.measure('0 setup', 'API processes', names.map((n, i) => `${n} :${ports[i]}`).join(', '));

    const lbPort = await findFreePort();
    nginx = startNginx(dir, lbPort, ports);
    const lb = `http://127.0.0.1:${lbPort}/`;
    const lbUp = await pollUntil(() => isReady(lb), 15_000);
    report.verdict('0 setup', 'nginx answers /readyz', lbUp, `${lb} (template deploy/nginx/atlas.conf.template)`);
    if (!lbUp) return 1;

    // 1. Both processes serve: no stickiness, the balancer spreads the load.
    const spread = new Tally();
    const first = await loadThroughFor(lb, spread, 5);
    const counts = names.map((n) => spread.count(n));
    report.measure(
      '1 both serve',
      'requests (32 conn, 5 s)',
      `${first.requests.total} at ${first.requests.average} req/s`,
    );
    report.measure('1 both serve', 'statuses', spread.statusText());
    report.measure('1 both serve', 'answered by', names.map((n, i) => `${n}: ${counts[i]}`).join(', '));
    report.verdict(
      '1 both serve',
      'each process answered',
      counts.every((c) => c > 0) && first.non2xx + first.errors + first.timeouts === 0,
      `${counts.join(' + ')} responses, non-2xx ${first.non2xx}, errors ${first.errors}, timeouts ${first.timeouts}`,
    );

    // 2. Kill api-2 under load, restart it on its port, and see it answer again.
    const tally = new Tally();
    const load = loadThrough(lb, tally, 600);
    await sleep(BEFORE_KILL_S * 1000);
    const killedAt = Date.now();
    apis[1]!.kill('SIGKILL');
    await apis[1]!.exited;
    await sleep(DOWN_S * 1000);
    const restartAt = Date.now();
    apis[1] = await start(1);
    const readyAt = Date.now();
    const rejoined = await pollUntil(async () => tally.count(names[1]!, readyAt) > 0, 15_000, 100);
    const firstAnswer = tally.first(names[1]!, readyAt);
    await sleep(AFTER_REJOIN_S * 1000);
    // Scraped from each process directly (loopback), while the load runs.
    const scrapes = await Promise.all(
      ports.map(async (port) => (await fetch(`http://127.0.0.1:${port}/metrics`)).text()),
    );
    const result = await load.stop();
    const lost = result.non2xx + result.errors + result.timeouts;
    report.measure(
      '2 failover',
      'requests (32 conn)',
      `${result.requests.total} in ${result.duration} s, p99 latency ${result.latency.p99} ms`,
    );
    report.measure(
      '2 failover',
      'answered by',
      names.map((n) => `${n}: ${tally.count(n)}`).join(', ') +
        ` (while ${names[1]} was down: ${names[0]} ${tally.count(names[0]!, killedAt) - tally.count(names[0]!, readyAt)}, ${names[1]} ${tally.count(names[1]!, killedAt) - tally.count(names[1]!, restartAt)})`,
    );
    report.measure('2 failover', 'statuses', tally.statusText());
    report.measure('2 failover', `${names[1]} restart to ready`, seconds(readyAt - restartAt));
    report.verdict(
      '2 failover',
      'requests lost = 0',
      lost === 0,
      `non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts}`,
    );
    report.verdict(
      '2 failover',
      `${names[1]} rejoined`,
      rejoined,
      rejoined
        ? `${tally.count(names[1]!, readyAt)} responses after it was ready; first ${seconds((firstAnswer ?? readyAt) - readyAt)} after /readyz`
        : 'no response from it within 15 s of /readyz',
    );
    for (const [i, scrape] of scrapes.entries()) {
      const count = (op: string) =>
        Number(
          new RegExp(
            `^atlas_graphql_request_duration_seconds_count\\{operation="${op}",outcome="ok"\\} (\\d+)`,
            'm',
          ).exec(scrape)?.[1] ?? 0,
        );
      report.verdict(
        '3 metrics',
        `${names[i]} /metrics during the load`,
        count('Search') > 0 && count('EntityDetails') > 0,
        `Search ${count('Search')}, EntityDetails ${count('EntityDetails')} requests (since its start)`,
      );
    }
    await crossProcessChecks(driver, `http://127.0.0.1:${ports[0]}/`, `http://127.0.0.1:${ports[1]}/`);
  } catch (error) {
    report.verdict('run', 'ran to the end', false, `crashed: ${(error as Error).stack ?? String(error)}`);
  } finally {
    const nginxLog = path.join(dir, 'error.log');
    if (report.failed > 0 && existsSync(nginxLog)) {
      // The kinds of upstream trouble nginx saw, by upstream, without the long request lines.
      const kinds = new Map<string, number>();
      for (const line of readFileSync(nginxLog, 'utf8').split('\n')) {
        const what = /\] \d+#\d+: \*\d+ ([^,]+),.*?(upstream: "http:\/\/[^/]+)?/.exec(line);
        if (what) kinds.set(`${what[1]} ${what[2] ?? ''}`, (kinds.get(`${what[1]} ${what[2] ?? ''}`) ?? 0) + 1);
      }
      console.log(`nginx's error log:\n${[...kinds].map(([k, n]) => `  ${n} × ${k}`).join('\n')}`);
    }
    nginx?.kill('SIGTERM');
    await Promise.all(apis.map((api) => api.stop().catch(() => undefined)));
    await driver?.close().catch(() => undefined);
    await neo4j?.stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
  report.print((Date.now() - startedAt) / 1000);
  return report.failed === 0 ? 0 : 1;
}

/** A client that keeps the session cookie, talking to one process. */
function client(url: string, cookie: string | null = null) {
  return {
    cookie,
    async data<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
      const response = await fetch(new URL('graphql', url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const setCookie = response.headers.get('set-cookie');
      if (setCookie) this.cookie = setCookie.split(';')[0]!;
      const body = (await response.json()) as { data?: T; errors?: unknown[] };
      if (!response.ok || body.errors) throw new Error(`${response.status}: ${JSON.stringify(body.errors)}`);
      return body.data as T;
    },
  };
}

const SIGN_IN = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { email } }';
const SOURCE_TEXT = [
  'Scale Review, December 2026.',
  'The Quad and AUKUS are often set side by side by commentators.',
  'One is a diplomatic grouping of four democracies; the other a technology and submarine pact.',
].join('\n');

/**
 * Nothing lives in one process: a session made through api-1 is valid at api-2, its write through
 * api-1 is in its next read through api-2 (after the write's bookmarks), and a change accepted
 * through api-1 is read through api-2 (anonymously) within 1 s.
 */
async function crossProcessChecks(driver: Driver, first: string, second: string): Promise<void> {
  const check = '4 state across processes';
  const options = { queryTimeoutMs: 20_000 };
  const auth = new CurationService(new CurationRepository(driver, options), new AtlasRepository(driver, options)).auth;
  const run = randomBytes(4).toString('hex');
  const accounts = { curator: `curator-${run}@example.org`, reviewer: `reviewer-${run}@example.org` };
  const secret = randomBytes(18).toString('base64');
  await auth.createUser(accounts.curator, 'CURATOR', secret);
  await auth.createUser(accounts.reviewer, 'REVIEWER', secret);

  const curator = client(first);
  await curator.data(SIGN_IN, { e: accounts.curator, p: secret });
  const elsewhere = client(second, curator.cookie);
  const { viewer } = await elsewhere.data<{ viewer: { email: string } | null }>('{ viewer { email } }');
  report.verdict(
    check,
    'session made at api-1 works at api-2',
    viewer?.email === accounts.curator,
    `viewer at api-2: ${viewer?.email ?? 'null'}`,
  );

  const { addSource } = await curator.data<{ addSource: { id: string } }>(
    'mutation($input: AddSourceInput!) { addSource(input: $input) { id } }',
    { input: { title: `Scale Review ${run}`, titleJa: `規模評論 ${run}`, date: '2026-12', text: SOURCE_TEXT } },
  );
  // Read-your-writes without sticky routing: the writer's next read, at the other process, waits
  // for the write's bookmarks (kept on its session) and finds the source.
  const bookmarkedReads = async () => {
    const scrape = await (await fetch(new URL('metrics', second))).text();
    return Number(/^atlas_neo4j_sessions_total\{access_mode="READ",bookmarks="with"\} (\d+)/m.exec(scrape)?.[1] ?? 0);
  };
  const bookmarkedBefore = await bookmarkedReads();
  const { document } = await elsewhere.data<{ document: { id: string } | null }>(
    'query($id: ID!) { document(id: $id) { id } }',
    { id: addSource.id },
  );
  const bookmarked = (await bookmarkedReads()) - bookmarkedBefore;
  report.verdict(
    check,
    "writer's next read at api-2 sees its write at api-1",
    document?.id === addSource.id && bookmarked > 0,
    `source ${document ? 'found' : 'missing'}; ${bookmarked} read session(s) at api-2 waited for the write's bookmarks`,
  );

  const relationId = 'framework:quad-[COMPARED_TO]->framework:aukus';
  const { proposeChange } = await curator.data<{ proposeChange: { id: string; version: number } }>(
    'mutation($input: ProposeChangeInput!) { proposeChange(input: $input) { id version } }',
    {
      input: {
        kind: 'ADD_CLAIM',
        newRelation: { type: 'COMPARED_TO', fromId: 'framework:quad', toId: 'framework:aukus' },
        claim: {
          documentId: addSource.id,
          lineStart: 2,
          lineEnd: 3,
          note: 'Commentators compare the Quad with AUKUS, a diplomatic group against a technology pact.',
          noteJa: '論者はクアッドとAUKUSを比べる。一方は外交の枠組み、他方は技術協定である。',
        },
      },
    },
  );
  const reviewer = client(first);
  await reviewer.data(SIGN_IN, { e: accounts.reviewer, p: secret });
  const reader = client(second);
  const visible = async () =>
    (
      await reader.data<{ relation: { id: string } | null }>('query($id: ID!) { relation(id: $id) { id } }', {
        id: relationId,
      })
    ).relation !== null;
  const before = await visible();
  await reviewer.data(
    'mutation($id: ID!, $v: Int!) { reviewChange(id: $id, decision: ACCEPT, expectedVersion: $v) { status } }',
    { id: proposeChange.id, v: proposeChange.version },
  );
  const acceptedAt = performance.now();
  const seen = await pollUntil(visible, 5000, 20);
  const delay = performance.now() - acceptedAt;
  report.measure(
    check,
    'change visible at api-2 after acceptance at api-1',
    seen ? `${delay.toFixed(0)} ms` : 'never (5 s)',
  );
  report.verdict(
    check,
    'accepted change visible elsewhere within 1 s',
    !before && seen && delay <= 1000,
    `hidden before review: ${!before}; anonymous read at api-2 saw it ${seen ? `${delay.toFixed(0)} ms` : 'not within 5 s'} after the review answered`,
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A load for a fixed time. */
function loadThroughFor(url: string, tally: Tally, durationS: number) {
  return loadThrough(url, tally, durationS).done;
}

process.exitCode = await main();
