/**
 * /metrics on the real app: scraped during a load of Search and EntityDetails requests it shows
 * their durations, the Neo4j sessions and the process; only loopback and METRICS_ALLOW may read it.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../../server/src/neo4j/localNeo4j.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { pollUntil, startLoad } from '../support/load.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop();
});

/** The app's own address: the allowlist is checked against 127.0.0.x sources, not ::1. */
const base = (atlas: TestApp) => `http://127.0.0.1:${atlas.port}/`;

/** GET a path from a given local address (all of 127.0.0.0/8 reaches the loopback listener). */
function getFrom(url: string, localAddress: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { localAddress }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

/** The value of one sample line (`name{labels} value`), or undefined when the scrape lacks it. */
function sample(scrape: string, name: string, labels = ''): number | undefined {
  const line = scrape.split('\n').find((l) => l.startsWith(`${name}${labels} `));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

const body = (operationName: string, query: string, variables: Record<string, unknown>) =>
  JSON.stringify({ operationName, query, variables });
const SEARCH = body('Search', 'query Search($text: String!) { search(text: $text) { score entity { id name } } }', {
  text: 'Quad',
});
const DETAILS = body(
  'EntityDetails',
  'query EntityDetails($id: ID!) { entity(id: $id) { id name claims { id } relations(first: 50) { totalCount } } }',
  { id: 'framework:quad' },
);

describe('metrics during a load', () => {
  it('count Search and EntityDetails requests by operation, with Neo4j sessions and process figures', async () => {
    const load = startLoad({
      url: new URL('graphql', base(app)).href,
      connections: 8,
      duration: 60,
      requests: [SEARCH, DETAILS].map((b) => ({
        method: 'POST' as const,
        headers: { 'content-type': 'application/json' },
        body: b,
      })),
    });
    // Scraped while the load runs, until both operations have completed requests (cold starts on a busy machine vary).
    let scrape = '';
    const count = (operation: string) =>
      sample(scrape, 'atlas_graphql_request_duration_seconds_count', `{operation="${operation}",outcome="ok"}`) ?? 0;
    const seen = await pollUntil(async () => {
      const during = await getFrom(new URL('metrics', base(app)).href, '127.0.0.1');
      expect(during.status).toBe(200);
      scrape = during.body;
      return count('Search') > 0 && count('EntityDetails') > 0;
    }, 50_000);
    const result = await load.stop();
    expect(result.non2xx + result.errors).toBe(0);
    expect(seen).toBe(true);
    expect(count('Search')).toBeGreaterThan(0);
    expect(count('EntityDetails')).toBeGreaterThan(0);
    expect(sample(scrape, 'atlas_neo4j_session_acquisition_seconds_count')).toBeGreaterThan(0);
    expect(sample(scrape, 'atlas_neo4j_active_sessions')).toBeGreaterThanOrEqual(0);
    expect(sample(scrape, 'process_cpu_seconds_total')).toBeGreaterThan(0);
    expect(scrape).toContain('# TYPE atlas_graphql_errors_total counter');
    expect(scrape).toContain('# TYPE atlas_response_cache_hits_total counter');
    expect(scrape).toContain('# TYPE atlas_data_version gauge');
  });

  it('counts errors by code', async () => {
    await fetch(new URL('graphql', base(app)), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ nothingHere }' }),
    });
    const { body: scrape } = await getFrom(new URL('metrics', base(app)).href, '127.0.0.1');
    expect(sample(scrape, 'atlas_graphql_errors_total', '{code="GRAPHQL_VALIDATION_FAILED"}')).toBeGreaterThan(0);
  });
});

describe('who may read the metrics', () => {
  it('refuses an address that is neither loopback nor allowed', async () => {
    const refused = await getFrom(new URL('metrics', base(app)).href, '127.0.0.2');
    expect(refused.status).toBe(403);
    expect(refused.body).not.toContain('atlas_');
  });

  it('admits the networks of METRICS_ALLOW, on the app port and on METRICS_PORT', async () => {
    const metricsPort = await findFreePort();
    const allowing = await startTestApp({
      METRICS_ALLOW: '127.0.0.2/32',
      METRICS_PORT: String(metricsPort),
      SEED_ON_START: 'never',
    });
    try {
      expect((await getFrom(new URL('metrics', base(allowing)).href, '127.0.0.2')).status).toBe(200);
      expect((await getFrom(new URL('metrics', base(allowing)).href, '127.0.0.3')).status).toBe(403);
      const own = `http://127.0.0.1:${metricsPort}/metrics`;
      const scraped = await getFrom(own, '127.0.0.2');
      expect(scraped.status).toBe(200);
      expect(scraped.body).toContain('atlas_graphql_request_duration_seconds');
      expect((await getFrom(own, '127.0.0.3')).status).toBe(403);
      expect((await getFrom(`http://127.0.0.1:${metricsPort}/graphql`, '127.0.0.1')).status).toBe(404);
    } finally {
      await allowing.stop();
    }
  });
});
