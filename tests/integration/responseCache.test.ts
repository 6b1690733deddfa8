/**
 * The response cache and HTTP caching, against the real Neo4j: answers are valid for their data
 * version only, a seed reload (which bumps it) is seen without a restart, by a second app process
 * on the same database within a second, persisted-query GETs revalidate by ETag, and signed-in
 * requests are never answered from a cache.
 */
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDatasetIntoNeo4j } from '../../server/src/seed/load.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { loadSeed, seedData, testDriver } from '../support/db.js';

const QUERY = 'query Name($id: ID!) { entity(id: $id) { id name } }';
/** A document of its own for the persisted-query test, which must start with its id unknown. */
const GET_QUERY = 'query Name($id: ID!) { entity(id: $id) { id name acronym } }';
const RENAMED = 'Quadrilateral Security Dialogue (renamed for the cache test)';

let driver: Driver;
let app: TestApp;
let second: TestApp;

beforeAll(async () => {
  driver = testDriver();
  app = await startTestApp({ RESPONSE_CACHE_MB: '8' });
  second = await startTestApp({ RESPONSE_CACHE_MB: '8', SEED_ON_START: 'never' });
});
afterAll(async () => {
  await app?.stop();
  await second?.stop();
  // Other files expect the seed as it is.
  if (driver) await loadSeed(driver);
  await driver?.close();
});

async function quadName(baseUrl: string, headers: Record<string, string> = {}): Promise<string> {
  const response = await fetch(new URL('graphql', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: QUERY, variables: { id: 'framework:quad' } }),
  });
  const body = (await response.json()) as { data: { entity: { name: string } } };
  return body.data.entity.name;
}

/** Loads the seed with the Quad under another name (or as it is): the loader bumps the data version. */
async function loadSeedWithQuadNamed(name: string | null): Promise<void> {
  const seed = seedData();
  const entities = seed.entities.map((e) => (e.id === 'framework:quad' && name !== null ? { ...e, name } : e));
  await loadDatasetIntoNeo4j(driver, { ...seed, entities });
}

function persistedGet(baseUrl: string, withQuery: boolean, headers: Record<string, string> = {}, query = GET_QUERY) {
  const url = new URL('graphql', baseUrl);
  const sha256Hash = createHash('sha256').update(query).digest('hex');
  url.searchParams.set('operationName', 'Name');
  url.searchParams.set('variables', JSON.stringify({ id: 'framework:quad' }));
  url.searchParams.set('extensions', JSON.stringify({ persistedQuery: { version: 1, sha256Hash } }));
  if (withQuery) url.searchParams.set('query', query);
  return fetch(url, { headers: { 'apollo-require-preflight': 'true', ...headers } });
}

async function cacheStats(baseUrl: string) {
  const response = await fetch(new URL('cachez', baseUrl));
  return (await response.json()) as { dataVersion: number; responseCache: { hits: number; bytes: number } };
}

describe('response cache', () => {
  it('answers repeats from the cache and the new answer after a seed reload, without a restart', async () => {
    await loadSeedWithQuadNamed(null);
    const original = await quadName(app.url);
    const before = await cacheStats(app.url);
    expect(await quadName(app.url)).toBe(original);
    const after = await cacheStats(app.url);
    expect(after.responseCache.hits).toBe(before.responseCache.hits + 1);
    expect(after.responseCache.bytes).toBeGreaterThan(0);

    await loadSeedWithQuadNamed(RENAMED);
    // Within the version's read interval an answer may still be the previous one; then the new.
    await expect.poll(() => quadName(app.url), { timeout: 1000, interval: 50 }).toBe(RENAMED);
    expect((await cacheStats(app.url)).dataVersion).toBeGreaterThan(after.dataVersion);
  });

  it('lets a second app process on the same database see a bumped version within a second', async () => {
    await loadSeedWithQuadNamed(null);
    await expect.poll(() => quadName(second.url), { timeout: 1000, interval: 50 }).not.toBe(RENAMED);
    await loadSeedWithQuadNamed(RENAMED);
    const loadedAt = Date.now();
    await expect.poll(() => quadName(second.url), { timeout: 1000, interval: 20 }).toBe(RENAMED);
    expect(Date.now() - loadedAt).toBeLessThan(1000);
  });

  it('answers signed-in requests fresh, never from the cache', async () => {
    await loadSeedWithQuadNamed(null);
    await quadName(app.url);
    const cookie = { cookie: 'atlas_session=test-session' };
    const before = await cacheStats(app.url);
    await quadName(app.url, cookie);
    await quadName(app.url, cookie);
    const after = await cacheStats(app.url);
    expect(after.responseCache.hits).toBe(before.responseCache.hits);
    const response = await persistedGet(app.url, true, cookie, QUERY);
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBeNull();
    expect(response.headers.get('cache-control')).toBe('private, no-store');
  });
});

describe('HTTP caching', () => {
  it('answers a persisted-query GET with an ETag, and 304 when If-None-Match holds it', async () => {
    await loadSeedWithQuadNamed(null);
    // An unknown id first (the APQ protocol), then the id with its document, then the id alone.
    const unknown = await (await persistedGet(app.url, false)).json();
    expect(unknown.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await persistedGet(app.url, true)).status).toBe(200);
    const first = await persistedGet(app.url, false);
    expect(first.status).toBe(200);
    expect(((await first.json()) as { data: { entity: { id: string } } }).data.entity.id).toBe('framework:quad');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"v\d+-/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');

    const repeat = await persistedGet(app.url, false, { 'if-none-match': etag! });
    expect(repeat.status).toBe(304);
    expect(await repeat.text()).toBe('');

    // A new data version makes the old tag stale: the answer comes again, with a new tag.
    await loadSeedWithQuadNamed(RENAMED);
    await expect
      .poll(async () => (await persistedGet(app.url, false, { 'if-none-match': etag! })).status, { timeout: 1000 })
      .toBe(200);
    expect((await persistedGet(app.url, false)).headers.get('etag')).not.toBe(etag);
  });

  it('keeps CSRF prevention on: a GET without a preflight header is refused', async () => {
    const url = new URL('graphql', app.url);
    url.searchParams.set('query', '{ atlas { entityCount } }');
    const response = await fetch(url);
    expect(response.status).toBe(400);
  });
});
