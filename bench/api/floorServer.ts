/**
 * The API benchmark's two floors, in one process on 127.0.0.1 (prints `READY <port>`):
 *
 * - POST /bytes: answers each request body with the bytes the real app answered it with (captured
 *   before the run) from a bare `http` handler: what serving the answer costs without any work.
 * - POST /driver: runs the same Cypher the app's resolvers need for that operation, through the
 *   project's repository and driver, and answers the records as JSON: what the database costs
 *   without GraphQL.
 *
 * Usage: tsx bench/api/floorServer.ts <neo4j-uri> <captured-responses.json>
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { AtlasRepository } from '../../server/src/db/atlasRepository.js';
import { PATH_CANDIDATES, rankPaths } from '../../server/src/domain/pathRanking.js';
import { buildLuceneQuery, rankHits, SEARCH_CANDIDATES } from '../../server/src/domain/search.js';
import { createDriver } from '../../server/src/neo4j/driver.js';

interface GraphQLRequest {
  operationName?: string;
  variables: Record<string, unknown>;
}

/** The answers the real app gave, by request body. */
export type CapturedResponses = Record<string, string>;

const [uri = '', capturedFile = ''] = process.argv.slice(2);
const captured = new Map(
  Object.entries(JSON.parse(readFileSync(capturedFile, 'utf8')) as CapturedResponses).map(([body, answer]) => [
    body,
    Buffer.from(answer),
  ]),
);
const driver = createDriver({ uri });
// The app's per-query timeout, so both sides give up alike.
const repo = new AtlasRepository(driver, { queryTimeoutMs: 5000 });

/** Claims and documents of the relations in an answer: the two batched loads the app's resolvers make. */
async function citations(edges: { id: string }[]) {
  const [claims, documents] = await Promise.all([repo.claimsBySubject(edges.map((e) => e.id)), repo.sources()]);
  return { claims, documents };
}

/** The claims a set of claims disagrees with: the details panel shows both sides. */
async function withConflicts(claims: Awaited<ReturnType<typeof repo.claimsBySubject>>) {
  const conflicting = [...new Set(claims.flatMap((c) => c.conflictsWith))];
  return { claims, conflicting: conflicting.length === 0 ? [] : await repo.claimsById(conflicting) };
}

const operations: Record<string, (v: Record<string, unknown>) => Promise<unknown>> = {
  async Search(v) {
    const text = String(v.text);
    const candidates = await repo.searchCandidates(buildLuceneQuery(text) ?? '', null, SEARCH_CANDIDATES);
    return rankHits(text, candidates).slice(0, Number(v.first ?? 20));
  },
  async EntityDetails(v) {
    const id = String(v.id);
    const [entities, pages, documents] = await Promise.all([
      repo.entitiesById([id]),
      repo.relationPages([id], { types: null, direction: 'BOTH', asOf: null, first: 200, after: null }),
      repo.sources(),
    ]);
    const relations = pages.get(id)?.relations ?? [];
    const ends = [...new Set(relations.flatMap((r) => [r.from, r.to]))];
    const [claims, endEntities] = await Promise.all([
      repo.claimsBySubject([id, ...relations.map((r) => r.id)]),
      repo.entitiesById(ends),
    ]);
    return { entities, relations, endEntities, documents, ...(await withConflicts(claims)) };
  },
  async Neighborhood(v) {
    const slice = await repo.neighborhood(v.ids as string[], 1, null, null, Number(v.limit ?? 300));
    return { ...slice, ...(await citations(slice.edges)) };
  },
  async BenchNeighborhood(v) {
    const slice = await repo.neighborhood(v.ids as string[], 2, null, null, Number(v.limit ?? 300));
    return { ...slice, ...(await citations(slice.edges)) };
  },
  async Trace(v) {
    const first = Number(v.first ?? 5);
    const found = await repo.paths(
      String(v.from),
      String(v.to),
      Number(v.maxHops ?? 4),
      null,
      null,
      first,
      PATH_CANDIDATES,
    );
    const paths = rankPaths(found.paths).slice(0, first);
    return { paths, ...(await citations(paths.flatMap((p) => p.edges))) };
  },
};

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8');
    const send = (status: number, payload: Buffer | string) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(payload);
    };
    if (req.url === '/bytes') {
      const answer = captured.get(body);
      return answer === undefined ? send(404, '{"error":"not captured"}') : send(200, answer);
    }
    const request = JSON.parse(body) as GraphQLRequest;
    const run = operations[request.operationName ?? ''];
    if (req.url !== '/driver' || run === undefined) return send(404, '{"error":"unknown"}');
    run(request.variables).then(
      (data) => send(200, JSON.stringify({ data })),
      (error: Error) => send(500, JSON.stringify({ error: error.message })),
    );
  });
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`READY ${(server.address() as AddressInfo).port}\n`));
process.once('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  void driver.close().then(() => process.exit(0));
});
