/**
 * The API's read tests (api.test.ts) again, with the app's driver on a routing URI
 * (neo4j://127.0.0.1:PORT) as a Neo4j cluster or Aura is reached: every read must work through
 * the routing table, in READ transactions.
 */
import { afterAll, describe, expect, it, vi } from 'vitest';
import { testNeo4jUri } from '../support/db.js';

vi.stubEnv('ATLAS_TEST_ROUTING', '1');
afterAll(() => {
  vi.unstubAllEnvs();
});
await import('./api.test.js');

describe('the driver under test', () => {
  it('reaches Neo4j through its routing URI', async () => {
    expect(testNeo4jUri()).toMatch(/^neo4j:\/\/127\.0\.0\.1:\d+$/);
  });
});
