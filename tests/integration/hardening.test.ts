/**
 * Bad input, as a public GraphQL endpoint meets it: each gets a 4xx or a normal (empty) answer with
 * a clear message, never a 500 or a stack trace, and the database is unchanged afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { translateDriverError } from '../../server/src/db/errors.js';
import { translateError } from '../../server/src/graphql/errors.js';
import { gql, startTestApp, type TestApp } from '../support/app.js';
import { testDriver } from '../support/db.js';

let app: TestApp;
let before: Awaited<ReturnType<TestApp['repo']['fingerprint']>>;
beforeAll(async () => {
  app = await startTestApp();
  before = await app.repo.fingerprint();
});
afterAll(async () => {
  await app?.stop();
});

async function post(body: string, contentType = 'application/json') {
  const response = await fetch(new URL('graphql', app.url), {
    method: 'POST',
    headers: { 'content-type': contentType },
    body,
  });
  const text = await response.text();
  return { status: response.status, text };
}

function expectCleanRefusal(status: number, text: string, messagePattern: RegExp) {
  expect(status).toBeGreaterThanOrEqual(400);
  expect(status).toBeLessThan(500);
  expect(text).toMatch(messagePattern);
  expect(text).not.toMatch(/\bat .*\.(ts|js):\d+|stacktrace|Neo4jError|node_modules/i);
}

describe('query limits', () => {
  it('refuses a query nested 50 levels deep', async () => {
    const nested = 'relations { edges { node { from { '.repeat(12) + 'id' + ' } } } }'.repeat(12);
    const { status, text } = await post(JSON.stringify({ query: `{ entity(id: "actor:japan") { ${nested} } }` }));
    expectCleanRefusal(status, text, /levels deep; the limit is 12/);
  });

  it('refuses 1,000 aliases', async () => {
    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: atlas { entityCount }`).join(' ');
    const { status, text } = await post(JSON.stringify({ query: `{ ${aliases} }` }));
    expectCleanRefusal(status, text, /more that 5000 tokens/);
  });

  it('refuses 100 aliases (under the token limit) by the alias rule', async () => {
    const aliases = Array.from({ length: 100 }, (_, i) => `a${i}: atlas { entityCount }`).join(' ');
    const { status, text } = await post(JSON.stringify({ query: `{ ${aliases} }` }));
    expectCleanRefusal(status, text, /uses 100 aliases; the limit is 30/);
  });

  it('refuses a query that would return too much', async () => {
    const query =
      '{ neighborhood(ids: ["actor:nato"], limit: 2000) { nodes { relations(first: 200) { edges { node { id } } } } } }';
    const { status, text } = await post(JSON.stringify({ query }));
    expectCleanRefusal(status, text, /could return about \d+ values/);
  });

  it('counts the default page size of a field asked without `first`', async () => {
    const query =
      '{ entity(id: "actor:nato") { relations { edges { node { from { relations { edges { node { from { relations { edges { cursor } } } } } } } } } } } }';
    const { status, text } = await post(JSON.stringify({ query }));
    expectCleanRefusal(status, text, /could return about \d+ values/);
  });

  it('checks a fragment fan-out (each fragment spread twice, 40 deep) at once', async () => {
    const fragments = Array.from({ length: 40 }, (_, k) => `fragment F${k} on Query { ...F${k + 1} ...F${k + 1} }`);
    const query = `{ ...F0 } ${fragments.join(' ')} fragment F40 on Query { atlas { entityCount } }`;
    const startedAt = Date.now();
    const { status, text } = await post(JSON.stringify({ query }));
    expect(Date.now() - startedAt).toBeLessThan(2000);
    expectCleanRefusal(status, text, /could return about \d+ values/);
  });

  it('refuses a 5 MB body', async () => {
    const { status, text } = await post(
      JSON.stringify({ query: '{ atlas { entityCount } }', variables: { pad: 'x'.repeat(5_000_000) } }),
    );
    expect(status).toBe(413);
    expectCleanRefusal(status, text, /larger than 1mb/);
  });
});

describe('malformed requests', () => {
  it('refuses malformed JSON', async () => {
    const { status, text } = await post('{"query": "{ atlas { entityCount } }"');
    expectCleanRefusal(status, text, /not valid JSON/);
  });

  it('refuses a batched array body', async () => {
    const { status, text } = await post(
      JSON.stringify([{ query: '{ atlas { entityCount } }' }, { query: '{ sources { id } }' }]),
    );
    expectCleanRefusal(status, text, /batch/i);
  });

  it('refuses an unknown enum value', async () => {
    const { status, text } = await post(JSON.stringify({ query: '{ search(text: "x", kinds: [PLANET]) { score } }' }));
    expectCleanRefusal(status, text, /PLANET/);
  });

  it('refuses a syntax error', async () => {
    const { status, text } = await post(JSON.stringify({ query: '{ search(text: "x" { score }' }));
    expectCleanRefusal(status, text, /Syntax Error/);
  });

  it('refuses a form post (CSRF)', async () => {
    const { status, text } = await post('query=%7B+atlas+%7B+entityCount+%7D+%7D', 'application/x-www-form-urlencoded');
    expectCleanRefusal(status, text, /.+/);
  });
});

describe('out-of-range arguments', () => {
  it.each([
    [
      'first: 99999999',
      '{ search(text: "nato", first: 99999999) { score } }',
      /could return about \d+ values; the limit is 20000/,
    ],
    ['negative first', '{ search(text: "nato", first: -1) { score } }', /first must be between 1 and 50/],
    ['a float first', '{ search(text: "nato", first: 2.5) { score } }', /Int cannot represent non-integer value: 2.5/],
    [
      'a first beyond Int',
      '{ search(text: "nato", first: 99999999999) { score } }',
      /Int cannot represent non 32-bit signed integer/,
    ],
    ['depth 50', '{ neighborhood(ids: ["actor:nato"], depth: 50) { truncated } }', /depth must be between 1 and 3/],
    [
      'maxHops 99',
      '{ paths(from: "framework:seato", to: "framework:quad", maxHops: 99) { length } }',
      /maxHops must be between 1 and 6/,
    ],
    ['a 10k-character search', `{ search(text: "${'ア'.repeat(10_000)}") { score } }`, /limited to 200 characters/],
    ['an empty id list', '{ neighborhood(ids: []) { truncated } }', /ids takes 1 to 50 ids/],
  ])('refuses %s with BAD_USER_INPUT or a validation error', async (_what, query, message) => {
    const { status, text } = await post(JSON.stringify({ query }));
    expectCleanRefusal(status, text, message);
    expect(text).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
  });
});

describe('hostile strings reach Cypher and Lucene only as text', () => {
  it.each([
    "'",
    '`',
    '//',
    ';',
    '}) DETACH DELETE n //',
    '$x',
    '" OR 1=1 --',
    'MATCH (n) DETACH DELETE n',
    '*:*',
    'name:*',
    '\\',
    '<script>alert(1)</script>',
    'مرحبا بالعالم',
    '\u202Eevil',
    '',
  ])('search %j answers normally', async (text) => {
    const { status, body } = await gql(app.url, 'query($t: String!) { search(text: $t) { entity { id } } }', {
      t: text,
    });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(Array.isArray(body.data?.search)).toBe(true);
  });

  it.each(["actor:japan' OR 1=1", '}) DETACH DELETE n //', '`id`', 'x'.repeat(300)])(
    'entity(id: %j) is null',
    async (id) => {
      const { status, body } = await gql(
        app.url,
        'query($id: ID!) { entity(id: $id) { id } relation(id: $id) { id } }',
        { id },
      );
      expect(status).toBe(200);
      expect(body.data).toEqual({ entity: null, relation: null });
    },
  );

  it('leaves the graph exactly as it was', async () => {
    expect(await app.repo.fingerprint()).toEqual(before);
  });
});

describe('operation types and fields the schema does not have', () => {
  it.each([
    ['subscription { x }', /The schema has no subscription type/],
    // The curation mutations exist; unknown ones are refused at validation like unknown query fields.
    ['mutation { x }', /Cannot query field \\"x\\" on type \\"Mutation\\"/],
    [
      'mutation Named($id: ID!) { deleteEntity(id: $id) }',
      /Cannot query field \\"deleteEntity\\" on type \\"Mutation\\"/,
    ],
  ])('refuses %s at validation, saying what is missing', async (query, message) => {
    const { status, text } = await post(JSON.stringify({ query, variables: { id: 'actor:japan' } }));
    expectCleanRefusal(status, text, message);
    const body = JSON.parse(text) as { errors: { message: string; extensions: { code: string } }[] };
    expect(status).toBe(400);
    expect(body.errors.map((e) => e.extensions.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('answers arguments sent as null with their SDL defaults', async () => {
    const query = 'query($first: Int) { search(text: "nato", first: $first) { entity { id } } }';
    const omitted = await post(JSON.stringify({ query }));
    const asNull = await post(JSON.stringify({ query, variables: { first: null } }));
    expect(asNull.status).toBe(200);
    expect(JSON.parse(asNull.text)).toEqual(JSON.parse(omitted.text));
    expect((JSON.parse(asNull.text) as { data: { search: unknown[] } }).data.search.length).toBeGreaterThan(0);
  });
});

describe('error masking', () => {
  it('never sends internals, and logs them with the request id', async () => {
    const response = await fetch(new URL('graphql', app.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ search(text: "nato", first: 0) { score } }' }),
    });
    const requestId = response.headers.get('x-request-id');
    const body = (await response.json()) as { errors: { extensions: { requestId: string } }[] };
    expect(body.errors[0]!.extensions.requestId).toBe(requestId);
  });
});

describe('per-query timeout', () => {
  it('turns a query stopped by its timeout into TIMEOUT, not an internal error', async () => {
    const driver = testDriver();
    const session = driver.session();
    let error: unknown;
    try {
      await session.executeRead((tx) => tx.run('UNWIND range(1, 1000000000) AS x RETURN sum(x)'), { timeout: 200 });
    } catch (e) {
      error = e;
    } finally {
      await session.close();
      await driver.close();
    }
    // As the API meets it: thrown by data access, then translated by the GraphQL layer.
    const mapped = translateError(
      new GraphQLError('raised in a resolver', { originalError: translateDriverError(error) as Error }),
    );
    expect(mapped.extensions.code).toBe('TIMEOUT');
    expect(mapped.message).toMatch(/took too long/);
  });
});
