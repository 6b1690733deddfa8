/**
 * A generated corpus of malformed and adversarial HTTP requests to /graphql, the same on every run
 * (seeded PRNG). Sizes are chosen around the app's own limits, imported from the server code.
 */
import { DEFAULT_QUERY_LIMITS } from '../../server/src/graphql/limits.js';
import { LIMITS } from '../../server/src/graphql/arguments.js';
import { MAX_TOKENS } from '../../server/src/graphql/server.js';
import { MAX_BODY } from '../../server/src/http/app.js';
import { MAX_SEARCH_LENGTH } from '../../server/src/domain/search.js';
import type { Dataset } from '../../server/src/domain/model.js';
import type { HttpRequest } from './http.js';
import { Prng } from './prng.js';
import type { QueryCase } from './workload.js';

export interface HostileRequest extends HttpRequest {
  /** Family of input: `mutated query`, `fragment bomb` … */
  category: string;
  /** Finer shape inside the family, e.g. `fragment fan-out`; a hang is reported per shape. */
  shape: string;
}

export const CORPUS_SEED = 20_250_707;
export const MIN_CORPUS_SIZE = 5000;

if (!/^\d+mb$/.test(MAX_BODY)) throw new Error(`MAX_BODY "${MAX_BODY}" is not in mb; update the corpus`);
const BODY_LIMIT_BYTES = Number.parseInt(MAX_BODY, 10) * 1024 * 1024;

const JSON_HEADERS = { 'content-type': 'application/json' };
const post = (
  category: string,
  shape: string,
  body: string | Uint8Array<ArrayBuffer>,
  headers: Record<string, string> = JSON_HEADERS,
): HostileRequest => ({ category, shape, method: 'POST', path: '/graphql', headers, body });
const postQuery = (category: string, shape: string, query: string, variables?: unknown) =>
  post(category, shape, JSON.stringify(variables === undefined ? { query } : { query, variables }));

/** Strings meant to break out of Cypher, Lucene, HTML or a path, or to confuse text handling. */
export const INJECTION_STRINGS: readonly string[] = [
  "' OR 1=1 //",
  '" OR 1=1 --',
  '"}) MATCH (n) DETACH DELETE n //',
  "x'}) WITH 1 AS a MATCH (n) DETACH DELETE n RETURN 1 //",
  '`) DETACH DELETE n //',
  '$ids',
  '{id: "actor:japan"}',
  'CALL db.labels() YIELD label RETURN label',
  'CALL dbms.components()',
  "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
  'MERGE (x:Entity {id: "pwned"}) RETURN x',
  '\\u0027) RETURN 1 //',
  '*:*',
  'name:*',
  '/.*/',
  'a~999',
  '"unterminated',
  '((((((((((',
  'a AND NOT b OR c^99',
  '(a+)+$',
  '<script>window.__pwned=1</script>',
  '<img src=x onerror=window.__pwned=1>',
  '"><svg/onload=alert(1)>',
  'javascript:alert(1)',
  '../../../../etc/passwd',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '%s%s%s%n',
  '{{7*7}}${7*7}',
  '\u0000',
  'actor:japan\u0000',
  '\u202Eevil\u202C',
  '\u200B\u200D\uFEFF',
  '\uD800',
  '🦄'.repeat(60),
  '日本'.repeat(110),
  '__proto__',
  'constructor',
  '{"$gt": ""}',
  'actor:japan-[MEMBER_OF]->',
  '-[MEMBER_OF]->framework:quad#x',
  'x'.repeat(LIMITS.idLength.max + 1),
  ' ',
  '',
];

/** GraphQL arguments that take strings, as (query, variable name) templates. */
const STRING_TARGETS: readonly { shape: string; query: string; list?: boolean }[] = [
  { shape: 'search text', query: 'query($v: String!) { search(text: $v) { score entity { id } } }' },
  { shape: 'search text (ja)', query: 'query($v: String!) { search(text: $v, kinds: [ACTOR], first: 5) { matched } }' },
  { shape: 'entity id', query: 'query($v: ID!) { entity(id: $v) { id name } }' },
  { shape: 'entities ids', query: 'query($v: [ID!]!) { entities(ids: $v) { id } }', list: true },
  { shape: 'relation id', query: 'query($v: ID!) { relation(id: $v) { id claims { note } } }' },
  {
    shape: 'neighborhood ids',
    query: 'query($v: [ID!]!) { neighborhood(ids: $v) { truncated nodes { id } } }',
    list: true,
  },
  { shape: 'paths from', query: 'query($v: ID!) { paths(from: $v, to: "framework:quad") { length } }' },
  { shape: 'trace to', query: 'query($v: ID!) { trace(from: "actor:japan", to: $v, maxHops: 3) { truncated } }' },
  { shape: 'compare ids', query: 'query($v: [ID!]!) { compare(ids: $v) { rows { actor { id } } } }', list: true },
  {
    shape: 'relations cursor',
    query: 'query($v: String) { entity(id: "actor:nato") { relations(first: 5, after: $v) { edges { cursor } } } }',
  },
  { shape: 'entity id (nested)', query: 'query($v: ID!) { entities(ids: ["actor:japan", $v]) { id degree } }' },
];

/** The same query with the variable written inline as a literal. */
function inline(query: string, name: string, literal: string): string {
  return query.replace(/^query\(\$v: [^)]*\)/, 'query').replaceAll(`$${name}`, literal);
}

const TOKEN = /"(?:[^"\\]|\\.)*"|\.\.\.|[A-Za-z_][A-Za-z0-9_]*|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\S/g;
const TOKEN_POOL = [
  '{', '}', '(', ')', '[', ']', ':', '!', '$', '...', '@', '=', '|', '&', '#', ',', '\n',
  'query', 'mutation', 'subscription', 'fragment', 'on', 'Query', 'Entity', 'Relation', 'search', 'entity',
  'entities', 'neighborhood', 'paths', 'id', 'name', 'text', 'ids', 'first', 'after', '__schema', '__typename',
  '"x"', '""', '"""block"""', '1', '-1', '0', '2147483648', '1e999', 'true', 'null', 'ACTOR', '$v', '@skip',
  '@include(if: true)', 'ID!', '[ID!]!', 'String',
]; // prettier-ignore

function randomText(rng: Prng, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) {
    const r = rng.next();
    s += String.fromCodePoint(
      r < 0.6
        ? rng.int(0x20, 0x7e)
        : r < 0.7
          ? rng.int(0, 0x1f)
          : r < 0.85
            ? rng.int(0x80, 0x7ff)
            : rng.int(0x3000, 0x9fff),
    );
  }
  return s;
}

function mutate(rng: Prng, query: string): { query: string; ops: string[] } {
  const tokens = query.match(TOKEN) ?? [];
  const ops: string[] = [];
  for (let n = rng.int(1, 4); n > 0 && tokens.length > 0; n--) {
    const i = rng.int(0, tokens.length - 1);
    const op = rng.pick(['delete', 'duplicate', 'swap', 'replace', 'random bytes', 'truncate'] as const);
    ops.push(op);
    if (op === 'delete') tokens.splice(i, 1);
    else if (op === 'duplicate') tokens.splice(i, 0, tokens[i]!);
    else if (op === 'swap') {
      const j = rng.int(0, tokens.length - 1);
      [tokens[i], tokens[j]] = [tokens[j]!, tokens[i]!];
    } else if (op === 'replace') tokens[i] = rng.pick(TOKEN_POOL);
    else if (op === 'random bytes') tokens.splice(i, 0, randomText(rng, rng.int(1, 12)));
    else tokens.length = i;
  }
  return { query: tokens.join(' '), ops: [...new Set(ops)].sort() };
}

function mutateVariables(rng: Prng, variables: Record<string, unknown>): unknown {
  const keys = Object.keys(variables);
  const copy: Record<string, unknown> = { ...variables };
  const key = keys.length > 0 ? rng.pick(keys) : 'v';
  const choice = rng.int(0, 6);
  if (choice === 0) delete copy[key];
  else if (choice === 1) copy[key] = rng.pick([null, true, -1, 1e308, 2 ** 31, [], {}, [[]], 'x', ['x', 1]]);
  else if (choice === 2) copy[key] = randomText(rng, rng.int(0, 40));
  else if (choice === 3) copy[`extra${rng.int(0, 9)}`] = 'unused';
  else if (choice === 4) return rng.pick([[], 'variables', 42, null, [variables]]);
  else if (choice === 5) copy[key] = JSON.parse(`${'['.repeat(64)}${']'.repeat(64)}`);
  else copy[key] = rng.pick(INJECTION_STRINGS);
  return copy;
}

function mutatedQueries(rng: Prng, valid: readonly QueryCase[], count: number): HostileRequest[] {
  return Array.from({ length: count }, () => {
    const base = rng.pick(valid);
    const { query, ops } = mutate(rng, base.query);
    const variables = rng.chance(0.3) ? mutateVariables(rng, base.variables) : base.variables;
    return postQuery('mutated query', ops.join('+'), query, variables);
  });
}

function randomDocuments(rng: Prng, count: number): HostileRequest[] {
  return Array.from({ length: count }, (_, i) => {
    if (i % 3 === 0) return postQuery('random document', 'random text', randomText(rng, rng.int(0, 400)));
    const tokens = Array.from({ length: rng.int(1, 200) }, () => rng.pick(TOKEN_POOL));
    return postQuery('random document', 'token soup', tokens.join(rng.pick([' ', '', '\n'])));
  });
}

/**
 * Operations of a type the schema lacks (no subscription root) or mutations it does not have: a
 * validation error naming what is missing, never an internal error.
 */
function missingOperationTypes(rng: Prng, count: number): HostileRequest[] {
  const category = 'missing operation type';
  const documents = [
    'mutation { x }',
    'subscription { x }',
    'mutation Wipe { deleteEverything(confirm: true) { ok } }',
    'subscription Changes { entity(id: "actor:japan") { id } }',
    'query Q { atlas { entityCount } } mutation M { x }',
  ];
  return Array.from({ length: count }, (_, i) => {
    const query = documents[i % documents.length]!;
    const operationName = query.includes('mutation M') ? rng.pick(['Q', 'M']) : undefined;
    const shape = operationName ? `query and mutation, ${operationName} chosen` : query.split(' ')[0]!;
    return post(category, shape, JSON.stringify(operationName ? { query, operationName } : { query }));
  });
}

function oversizedAndDeep(rng: Prng, count: number): HostileRequest[] {
  const shapes: ((n: number) => HostileRequest)[] = [
    (n) => {
      const depth = 1 + (n % 80);
      const open = 'relations { edges { node { to { '.repeat(depth);
      return postQuery(
        'oversized or deep',
        'deep selection',
        `{ entity(id: "actor:japan") { ${open} id ${'} } } } '.repeat(depth)} } }`,
      );
    },
    (n) => {
      const depth = rng.int(100, 100_000);
      return postQuery('oversized or deep', 'deep braces', `${'{'.repeat(depth)}${n % 2 ? '}'.repeat(depth) : ''}`);
    },
    () => {
      const depth = rng.int(10, 4000);
      return postQuery(
        'oversized or deep',
        'deep list literal',
        `{ entities(ids: ${'['.repeat(depth)}"a"${']'.repeat(depth)}) { id } }`,
      );
    },
    () => {
      const depth = rng.int(10, 1200);
      return postQuery(
        'oversized or deep',
        'deep inline fragments',
        `{ ${'... on Query { '.repeat(depth)} atlas { entityCount } ${'} '.repeat(depth)} }`,
      );
    },
    () => {
      const length = rng.int(MAX_SEARCH_LENGTH + 1, BODY_LIMIT_BYTES - 1000);
      return postQuery(
        'oversized or deep',
        'long string literal',
        `{ search(text: "${'ア'.repeat(Math.floor(length / 3))}") { score } }`,
      );
    },
    () => {
      const n = rng.int(MAX_TOKENS - 50, MAX_TOKENS * 20);
      return postQuery('oversized or deep', 'many tokens', `{ atlas { ${'entityCount '.repeat(n)} } }`);
    },
    () => {
      const n = rng.int(1, 400);
      const ops = Array.from({ length: n }, (_, i) => `query Q${i} { atlas { entityCount } }`).join(' ');
      return post(
        'oversized or deep',
        'many operations',
        JSON.stringify({ query: ops, operationName: rng.chance(0.5) ? `Q${n}` : undefined }),
      );
    },
    () => {
      // Lists left at their default page size, nested as deep as the depth limit allows.
      const hop = rng.pick(['from', 'to']);
      const level = (inner: string) => `relations { edges { node { ${hop} { ${inner} } } } }`;
      return postQuery(
        'oversized or deep',
        'nested default pages',
        `{ entity(id: "actor:nato") { ${level(level('relations { edges { cursor } }'))} } }`,
      );
    },
    () => postQuery('oversized or deep', 'long field name', `{ ${'a'.repeat(rng.int(1000, 200_000))} }`),
    () => {
      const size = rng.int(BODY_LIMIT_BYTES + 1, 3 * BODY_LIMIT_BYTES);
      return postQuery('oversized or deep', 'body over the limit', `{ atlas { entityCount } } #${'x'.repeat(size)}`);
    },
  ];
  return Array.from({ length: count }, (_, n) => shapes[n % shapes.length]!(n));
}

function bombs(rng: Prng, count: number): HostileRequest[] {
  const category = 'alias or fragment bomb';
  const requests: HostileRequest[] = [];
  // Fan-out fragments: each spreads the next twice; the text grows linearly, the expansion 2^k.
  // Smallest first, so that if some size hangs the server, the smallest such size is the one reported.
  for (let k = 2; k <= 40; k++) {
    const fragments = Array.from({ length: k }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
    requests.push(
      postQuery(
        category,
        'fragment fan-out',
        `{ ...F0 } ${fragments.join(' ')} fragment F${k} on Query { atlas { entityCount } }`,
      ),
    );
  }
  const shapes: ((n: number) => HostileRequest)[] = [
    () => {
      const n = rng.int(DEFAULT_QUERY_LIMITS.maxAliases - 2, 1200);
      const fields = Array.from(
        { length: n },
        (_, i) => `a${i}: neighborhood(ids: ["actor:nato"], depth: 3, limit: 2000) { nodes { id } }`,
      );
      return postQuery(category, 'aliases', `{ ${fields.join(' ')} }`);
    },
    () => postQuery(category, 'fragment cycle', '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }'),
    () => postQuery(category, 'fragment cycle', '{ ...A } fragment A on Query { atlas { entityCount } ...A }'),
    () => {
      const m = rng.int(3, 300);
      const fragments = Array.from({ length: m }, (_, i) => `fragment C${i} on Query { ...C${(i + 1) % m} }`);
      return postQuery(category, 'fragment cycle', `{ ...C0 } ${fragments.join(' ')}`);
    },
    () =>
      postQuery(
        category,
        'fragment cycle',
        '{ ...A } fragment A on Query { ... on Query { ...B } } fragment B on Query { ... { ...A } }',
      ),
    () => postQuery(category, 'unknown fragment', `{ ...Missing${rng.int(0, 99)} }`),
    () =>
      postQuery(
        category,
        'fragment on wrong type',
        '{ entity(id: "actor:japan") { ...R } } fragment R on Relation { id }',
      ),
    () =>
      postQuery(
        category,
        'duplicate fragments',
        '{ ...A } fragment A on Query { atlas { entityCount } } fragment A on Query { sources { id } }',
      ),
    () => {
      const n = rng.int(2, 1500);
      return postQuery(category, 'repeated directives', `{ atlas ${'@skip(if: false) '.repeat(n)}{ entityCount } }`);
    },
    () => {
      const n = rng.int(2, 600);
      const fields = Array.from({ length: n }, (_, i) => `same: search(text: "t${i}") { score }`);
      return postQuery(category, 'conflicting aliases', `{ ${fields.join(' ')} }`);
    },
    () => {
      const n = rng.int(1, 8);
      const open = 'fields { type { ofType { fields { type { '.repeat(n);
      return postQuery(
        category,
        'deep introspection',
        `{ __schema { types { ${open} name ${'} } } } } '.repeat(n)} } } }`,
      );
    },
    () => {
      const n = rng.int(2, 400);
      const fields = Array.from(
        { length: n },
        (_, i) => `t${i}: __type(name: "Entity") { fields { name type { name } } }`,
      );
      return postQuery(category, 'introspection aliases', `{ ${fields.join(' ')} }`);
    },
  ];
  for (let n = requests.length; n < count; n++) requests.push(shapes[n % shapes.length]!(n));
  return requests;
}

const INVALID_UTF8_SEQUENCES = [
  [0xc3, 0x28],
  [0xa0, 0xa1],
  [0xe2, 0x28, 0xa1],
  [0xf0, 0x28, 0x8c, 0xbc],
  [0xc0, 0xaf],
  [0xed, 0xa0, 0x80],
  [0xff],
  [0xfe, 0xff],
  [0xf8, 0x88, 0x80, 0x80, 0x80],
];

function invalidUtf8(rng: Prng, count: number): HostileRequest[] {
  const encoder = new TextEncoder();
  const charsets = [
    'application/json',
    'application/json; charset=utf-8',
    'application/json; charset=latin1',
    'application/json; charset=utf-16',
  ];
  return Array.from({ length: count }, (_, i) => {
    const contentType = charsets[i % charsets.length]!;
    if (i % 5 === 0)
      return post('invalid UTF-8', 'random bytes', rng.bytes(rng.int(1, 4000)), { 'content-type': contentType });
    const bad = Uint8Array.from(rng.pick(INVALID_UTF8_SEQUENCES));
    const [head, tail] = rng.pick([
      ['{"query":"{ search(text: \\"', '\\") { score } }"}'],
      ['{"query":"query($t: String!) { search(text: $t) { score } }","variables":{"t":"', '"}}'],
      ['{"query":"{ entity(id: \\"actor:', '\\") { id } }"}'],
      ['{"que', 'ry":"{ atlas { entityCount } }"}'],
    ]);
    const body = new Uint8Array([...encoder.encode(head), ...bad, ...encoder.encode(tail)]);
    return post('invalid UTF-8', 'bad sequence in JSON', body, { 'content-type': contentType });
  });
}

function wrongContentTypes(rng: Prng, count: number): HostileRequest[] {
  const types = [
    'text/plain',
    'text/plain; charset=utf-8',
    'text/html',
    'application/xml',
    'application/graphql',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=----x',
    'application/jsonx',
    'application/json, text/plain',
    'application/json; charset=koi8-r',
    'application/octet-stream',
    `application/${'x'.repeat(5000)}`,
    'application/graphql-response+json',
    '',
  ];
  const body = JSON.stringify({ query: '{ atlas { entityCount } }' });
  return Array.from({ length: count }, (_, i) => {
    const type = types[i % types.length]!;
    const headers: Record<string, string> = type === '' ? {} : { 'content-type': type };
    if (rng.chance(0.3)) headers['apollo-require-preflight'] = 'true';
    const payload = rng.chance(0.2) ? '{ atlas { entityCount } }' : body;
    return post('wrong content type', type.slice(0, 40) || '(none)', new TextEncoder().encode(payload), headers);
  });
}

function csrfStyle(rng: Prng, count: number): HostileRequest[] {
  const evil = { origin: 'https://evil.example', referer: 'https://evil.example/page' };
  const query = '{ atlas { entityCount } }';
  const shapes: (() => HostileRequest)[] = [
    () => ({
      category: 'CSRF-style',
      shape: 'GET simple',
      method: 'GET',
      path: `/graphql?query=${encodeURIComponent(query)}`,
      headers: evil,
    }),
    () => ({
      category: 'CSRF-style',
      shape: 'GET with preflight header',
      method: 'GET',
      path: `/graphql?query=${encodeURIComponent(query)}`,
      headers: { ...evil, 'apollo-require-preflight': 'true' },
    }),
    () => ({
      category: 'CSRF-style',
      shape: 'GET mutation-like',
      method: 'GET',
      path: `/graphql?query=${encodeURIComponent('mutation { deleteEverything }')}`,
      headers: { 'apollo-require-preflight': 'true' },
    }),
    () => ({
      category: 'CSRF-style',
      shape: 'GET bad variables',
      method: 'GET',
      path: `/graphql?query=${encodeURIComponent('query($t: String!) { search(text: $t) { score } }')}&variables=${encodeURIComponent(rng.pick(['{', '[]', '{"t": 1}', 'null']))}`,
      headers: { 'apollo-require-preflight': 'true' },
    }),
    () =>
      post('CSRF-style', 'form post', `query=${encodeURIComponent(query)}`, {
        ...evil,
        'content-type': 'application/x-www-form-urlencoded',
      }),
    () =>
      post('CSRF-style', 'text/plain JSON post', JSON.stringify({ query }), { ...evil, 'content-type': 'text/plain' }),
    () =>
      post(
        'CSRF-style',
        'multipart post',
        `------x\r\nContent-Disposition: form-data; name="query"\r\n\r\n${query}\r\n------x--\r\n`,
        {
          ...evil,
          'content-type': 'multipart/form-data; boundary=----x',
        },
      ),
    () =>
      post('CSRF-style', 'JSON post from a foreign origin', JSON.stringify({ query }), {
        ...evil,
        'content-type': 'application/json',
      }),
    () => ({
      category: 'CSRF-style',
      shape: 'preflight from a foreign origin',
      method: 'OPTIONS',
      path: '/graphql',
      headers: { ...evil, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    }),
    () => ({
      category: 'CSRF-style',
      shape: 'PUT',
      method: 'PUT',
      path: '/graphql',
      headers: JSON_HEADERS,
      body: JSON.stringify({ query }),
    }),
    () => ({ category: 'CSRF-style', shape: 'DELETE', method: 'DELETE', path: '/graphql', headers: evil }),
  ];
  return Array.from({ length: count }, (_, i) => shapes[i % shapes.length]!());
}

function hugeVariables(rng: Prng, count: number): HostileRequest[] {
  const category = 'huge variables';
  const idsQuery = 'query($ids: [ID!]!) { entities(ids: $ids) { id } }';
  const textQuery = 'query($t: String!) { search(text: $t) { score } }';
  const shapes: (() => HostileRequest)[] = [
    () =>
      postQuery(category, 'long id list', idsQuery, {
        ids: Array.from({ length: rng.int(LIMITS.entitiesIds.max + 1, 90_000) }, (_, i) => `actor:x${i}`),
      }),
    () =>
      postQuery(category, 'long string', textQuery, {
        t: 'x'.repeat(rng.int(MAX_SEARCH_LENGTH + 1, BODY_LIMIT_BYTES - 200)),
      }),
    () => {
      const depth = rng.int(100, 200_000);
      return post(
        category,
        'deeply nested JSON',
        `{"query":${JSON.stringify(textQuery)},"variables":{"t":${'['.repeat(depth)}${']'.repeat(depth)}}}`,
      );
    },
    () => {
      const depth = rng.int(100, 100_000);
      return post(
        category,
        'deeply nested objects',
        `{"query":${JSON.stringify(idsQuery)},"variables":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`,
      );
    },
    () =>
      postQuery(
        category,
        'many keys',
        textQuery,
        Object.fromEntries(Array.from({ length: rng.int(1000, 40_000) }, (_, i) => [`k${i}`, i])),
      ),
    () =>
      post(
        category,
        'prototype keys',
        `{"query":${JSON.stringify(textQuery)},"variables":{"t":"x","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}}`,
      ),
    () => postQuery(category, 'variables of the wrong shape', textQuery, rng.pick(['x', 1, [1, 2], true])),
    () =>
      postQuery(category, 'huge numbers', 'query($n: Int) { search(text: "nato", first: $n) { score } }', {
        n: rng.pick([2 ** 53, -(2 ** 31) - 1, 1e308, 0.5]),
      }),
  ];
  return Array.from({ length: count }, (_, i) => shapes[i % shapes.length]!());
}

function injections(rng: Prng, seed: Dataset, count: number): HostileRequest[] {
  const requests: HostileRequest[] = [];
  const knownIds = seed.entities.map((e) => e.id);
  // Every string once in every argument, as a variable and as an inline literal…
  for (const target of STRING_TARGETS)
    for (const text of INJECTION_STRINGS) {
      requests.push(
        postQuery('injection', `${target.shape} (variable)`, target.query, { v: target.list ? [text] : text }),
      );
      const literal = JSON.stringify(text);
      requests.push(
        postQuery(
          'injection',
          `${target.shape} (inline)`,
          inline(target.query, 'v', target.list ? `[${literal}]` : literal),
        ),
      );
    }
  // …then random combinations: payloads glued to real ids, several payloads at once.
  while (requests.length < count) {
    const target = rng.pick(STRING_TARGETS);
    const payload = `${rng.chance(0.5) ? rng.pick(knownIds) : ''}${rng.pick(INJECTION_STRINGS)}${rng.chance(0.3) ? rng.pick(INJECTION_STRINGS) : ''}`;
    const value = target.list ? [rng.pick(knownIds), payload] : payload;
    requests.push(postQuery('injection', `${target.shape} (combined)`, target.query, { v: value }));
  }
  return requests;
}

/** The whole corpus, in category order (bombs last: if one hangs the server, the rest has run). */
export function hostileCorpus(seed: Dataset, valid: readonly QueryCase[]): HostileRequest[] {
  const rng = new Prng(CORPUS_SEED);
  const corpus = [
    ...mutatedQueries(rng, valid, 1600),
    ...randomDocuments(rng, 300),
    ...missingOperationTypes(rng, 40),
    ...invalidUtf8(rng, 300),
    ...wrongContentTypes(rng, 300),
    ...csrfStyle(rng, 330),
    ...hugeVariables(rng, 200),
    ...injections(rng, seed, 1600),
    ...oversizedAndDeep(rng, 180),
    ...bombs(rng, 300),
  ];
  if (corpus.length < MIN_CORPUS_SIZE)
    throw new Error(`the corpus has ${corpus.length} requests; it needs ${MIN_CORPUS_SIZE}`);
  return corpus;
}
