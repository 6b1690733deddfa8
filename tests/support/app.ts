/** Starts the real app in-process for a test file, against the test Neo4j, with the seed loaded. */
import { inject } from 'vitest';
import { startAtlas, type RunningAtlas } from '../../server/src/atlas.js';
import { readConfig } from '../../server/src/config.js';
import { createLogger } from '../../server/src/logger.js';
import { testNeo4jUri } from './db.js';

export interface TestApp extends RunningAtlas {
  /** Lines the app logged, for tests that check what was (not) logged. */
  logs: string[];
}

export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const logs: string[] = [];
  const config = readConfig({
    NEO4J_URI: testNeo4jUri(),
    NEO4J_USER: inject('neo4jUser'),
    NEO4J_PASSWORD: inject('neo4jPassword') ?? '',
    PORT: '0',
    HOST: '127.0.0.1',
    SEED_ON_START: 'always',
    // Generous: the suite shares two cores with Neo4j and Chromium; timeouts have their own tests.
    QUERY_TIMEOUT_MS: '20000',
    // Tests write through the loader and read back at once; a process sees a new data version only
    // within 250 ms, so the response cache is off here unless a test is about it.
    RESPONSE_CACHE_MB: '0',
    ...env,
  });
  const atlas = await startAtlas(
    config,
    createLogger('info', { component: 'test-app' }, (line) => logs.push(line)),
  );
  return Object.assign(atlas, { logs });
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  body: { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown>; path?: unknown[] }[] };
}

export async function gql<T = Record<string, unknown>>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(new URL('graphql', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<T>['body'] };
}

/** The data of a response that must have succeeded; fails the test with the errors otherwise. */
export async function gqlData<T = Record<string, unknown>>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const { status, body } = await gql<T>(baseUrl, query, variables);
  if (status !== 200 || body.errors) throw new Error(`GraphQL failed (${status}): ${JSON.stringify(body.errors)}`);
  return body.data as T;
}
