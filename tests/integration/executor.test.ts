/**
 * The API executes with graphql-jit (server/src/graphql/executor.ts). Every answer must be the
 * one graphql-js gives for the same document, variables and data: the app's own operations, and
 * documents that use what the app's do not (aliases, directives, inline fragments, __typename,
 * nested pages), compared byte for byte; errors keep their code, path and location.
 */
import { readFileSync } from 'node:fs';
import { execute, parse, type ExecutionResult } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CurationService } from '../../server/src/curation/service.js';
import { CurationRepository } from '../../server/src/db/curationRepository.js';
import { createLoaders, type RequestContext } from '../../server/src/graphql/context.js';
import { atlasSchema } from '../../server/src/graphql/server.js';
import { createLogger } from '../../server/src/logger.js';
import { operationDocuments } from '../../web/src/api/document.js';
import { gql, startTestApp, type TestApp } from '../support/app.js';
import { testDriver, testRepository } from '../support/db.js';

let app: TestApp;
let driver: Driver;
const schema = atlasSchema();
const appOperations = operationDocuments(
  readFileSync(new URL('../../web/src/api/operations.graphql', import.meta.url), 'utf8'),
);

beforeAll(async () => {
  app = await startTestApp();
  driver = testDriver();
});
afterAll(async () => {
  await driver?.close();
  await app?.stop();
});

/** What graphql-js answers, with a request context like the app's, as it would go over the wire. */
async function graphqlJsAnswer(query: string, variables: Record<string, unknown>) {
  const repo = testRepository(driver);
  const curation = new CurationService(new CurationRepository(driver, { queryTimeoutMs: 10_000 }), repo);
  const contextValue: RequestContext = {
    requestId: 'reference',
    log: createLogger('error'),
    repo,
    loaders: createLoaders(repo, curation),
    cacheVersion: null,
    curation,
    session: {
      token: null,
      bookmarks: null,
      address: 'test',
      viewer: async () => null,
      start: () => {},
      end: () => {},
    },
  };
  const result = (await execute({
    schema,
    document: parse(query),
    contextValue,
    variableValues: variables,
  })) as ExecutionResult;
  return JSON.parse(JSON.stringify(result)) as ExecutionResult;
}

const appCases: [operation: string, variables: Record<string, unknown>][] = [
  ['Atlas', {}],
  ['Search', { text: 'quad', first: 20 }],
  ['Search', { text: 'クアッド', kinds: ['FRAMEWORK'] }],
  ['Neighborhood', { ids: ['actor:united-states'], limit: 300 }],
  ['Neighborhood', { ids: ['framework:quad', 'framework:seato'], relationTypes: ['MEMBER_OF', 'PARTY_TO'] }],
  ['EntitiesWithRelations', { ids: ['actor:japan', 'actor:nato'] }],
  ['EntityDetails', { id: 'framework:seato' }],
  ['EntityDetails', { id: 'actor:no-such-entity' }],
  ['Trace', { from: 'framework:seato', to: 'framework:quad', maxHops: 4, first: 5 }],
  ['Compare', { ids: ['framework:quad', 'framework:aukus', 'framework:anzus'], asOf: 2023 }],
];

describe('compiled execution (graphql-jit)', () => {
  it.each(appCases)('answers the app operation %s %j as graphql-js does', async (operation, variables) => {
    const query = appOperations.get(operation);
    expect(query, `operation ${operation}`).toBeDefined();
    const { status, body } = await gql(app.url, query!, variables);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body).toEqual(await graphqlJsAnswer(query!, variables));
  });

  it('answers aliases, directives, inline fragments, __typename and nested pages as graphql-js does', async () => {
    const query = `query Mixed($id: ID!, $withEnd: Boolean!, $skipRole: Boolean!) {
      first: entity(id: $id) {
        __typename
        id
        label: name
        end @include(if: $withEnd) { value precision }
        ... on Entity { nameJa kind }
        relations(first: 3) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { cursor node { id type role @skip(if: $skipRole) to { id name } claims { lineStart document { file } } } }
        }
      }
      second: entity(id: "framework:quad") { id start { value year } }
      timeline(from: 1950, to: 1960) { __typename kind date { value } entity { id } relation { id type } }
      conflicts { id kind claims { id conflictsWith { id } } }
    }`;
    const variables = { id: 'framework:seato', withEnd: true, skipRole: true };
    const { status, body } = await gql(app.url, query, variables);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body).toEqual(await graphqlJsAnswer(query, variables));
  });

  it('refuses a document whose operation cannot be chosen, as before', async () => {
    const several = 'query A { atlas { entityCount } } query B { sources { id } }';
    for (const [body, message] of [
      [{ query: several }, 'Must provide operation name if query contains multiple operations.'],
      [{ query: several, operationName: 'C' }, 'Unknown operation named "C".'],
    ] as const) {
      const response = await fetch(new URL('graphql', app.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(response.status).toBe(400);
      const answer = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(answer.errors).toMatchObject([{ message, extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } }]);
    }
  });

  it('keeps an error’s code, path and location, and the data beside it', async () => {
    const query = `{
      ok: entity(id: "framework:quad") { id }
      bad: neighborhood(ids: ["framework:quad"], depth: 9) { truncated }
    }`;
    const { status, body } = await gql(app.url, query);
    const reference = await graphqlJsAnswer(query, {});
    expect(status).toBe(400);
    expect(body.data).toEqual(reference.data);
    expect(body.errors).toHaveLength(1);
    const [error] = body.errors!;
    const [expected] = reference.errors!;
    expect(error).toMatchObject({
      message: expected!.message,
      path: ['bad'],
      locations: [{ line: 3, column: 7 }],
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
