/**
 * Check 7: hostile writes against the curation API. Oversized notes, markup, bad line ranges,
 * unknown types, forged ids and sessions, other users' sessions, CSRF without the header, and
 * 1,000 sign-in attempts: every answer is a clean refusal with the expected code (no 5xx, no
 * internal error), and afterwards the accepted graph is byte for byte what it was and the record
 * of changes holds only what an authorised curator proposed.
 */
import { randomBytes } from 'node:crypto';
import { CurationService } from '../../server/src/curation/service.js';
import { CurationRepository } from '../../server/src/db/curationRepository.js';
import type { Role } from '../../server/src/db/curationRecords.js';
import { errorCodes, graphqlRequest, parseGraphQL, send, type HttpOutcome, type HttpRequest } from './http.js';
import { fingerprintText, type Report } from './report.js';
import type { ResilienceStack } from './stack.js';

const CHECK = '7 curation writes';
const SIGN_IN_ATTEMPTS = 1000;
const CONCURRENCY = 16;

interface HostileWrite {
  category: string;
  shape: string;
  request: HttpRequest;
  /** The error code the answer must carry, or an HTTP status for refusals before GraphQL. */
  expect: { code: string } | { status: number };
}

const PROPOSE = `mutation($input: ProposeChangeInput!) { proposeChange(input: $input) { id status } }`;
const REVIEW = `mutation($id: ID!, $v: Int!) { reviewChange(id: $id, decision: ACCEPT, expectedVersion: $v) { id } }`;
const SIGN_IN = `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }`;

function withCookie(request: HttpRequest, cookie: string | null): HttpRequest {
  return cookie ? { ...request, headers: { ...request.headers, cookie } } : request;
}

async function signIn(url: string, email: string, password: string): Promise<string> {
  const outcome = await send(url, graphqlRequest(SIGN_IN, { e: email, p: password }));
  const cookie = outcome.headers.get('set-cookie')?.split(';')[0];
  if (outcome.status !== 200 || !cookie)
    throw new Error(`sign-in of ${email} failed: ${outcome.status} ${outcome.text}`);
  return cookie;
}

const claim = (fields: Record<string, unknown> = {}) => ({
  documentId: '000',
  lineStart: 10,
  lineEnd: 11,
  note: 'A note in our own words about the passage.',
  noteJa: '資料の一節について自分の言葉で書いた注記。',
  ...fields,
});
const addClaim = (fields: Record<string, unknown> = {}, claimFields: Record<string, unknown> = {}) => ({
  input: { kind: 'ADD_CLAIM', subjectId: 'framework:quad', claim: claim(claimFields), ...fields },
});

function corpus(cookies: { curator: string; revoked: string }, changeId: string): HostileWrite[] {
  const badInput = { code: 'BAD_USER_INPUT' };
  const invalid = { code: 'GRAPHQL_VALIDATION_FAILED' };
  const post = (
    category: string,
    shape: string,
    query: string,
    variables: object,
    expect: HostileWrite['expect'],
    cookie: string | null = cookies.curator,
  ): HostileWrite => ({
    category,
    shape,
    request: withCookie(graphqlRequest(query, variables as Record<string, unknown>), cookie),
    expect,
  });
  const forgedToken = `atlas_session=${randomBytes(32).toString('base64url')}`;
  return [
    post('oversized', 'note of 100,000 characters', PROPOSE, addClaim({}, { note: 'x'.repeat(100_000) }), badInput),
    post(
      'oversized',
      'Japanese note of 50,000 characters',
      PROPOSE,
      addClaim({}, { noteJa: '注'.repeat(50_000) }),
      badInput,
    ),
    post(
      'oversized',
      'reason of 10,000 characters',
      PROPOSE,
      { input: { kind: 'DEPRECATE_CLAIM', targetClaimId: 'x', expectedVersion: 1, reason: 'r'.repeat(10_000) } },
      badInput,
    ),
    post(
      'oversized',
      'source of 30,000 lines',
      `mutation($i: AddSourceInput!) { addSource(input: $i) { id } }`,
      { i: { title: 't', titleJa: 't', date: '2026', text: 'a\n'.repeat(30_000) } },
      badInput,
    ),
    post(
      'markup',
      'script tag as an entity name, anonymous',
      PROPOSE,
      addClaim({
        subjectId: null,
        newEntity: {
          kind: 'ACTOR',
          type: 'state',
          name: '<script>alert(1)</script>',
          nameJa: 'x',
          description: 'd',
          descriptionJa: 'd',
        },
      }),
      { code: 'UNAUTHENTICATED' },
      null,
    ),
    post(
      'markup',
      'markup-only entity name (no id can be made of it)',
      PROPOSE,
      addClaim({
        subjectId: null,
        newEntity: {
          kind: 'ACTOR',
          type: 'state',
          name: '<<<>>>',
          nameJa: '<b>',
          description: 'd',
          descriptionJa: 'd',
        },
      }),
      badInput,
    ),
    post('bad line range', 'line 0', PROPOSE, addClaim({}, { lineStart: 0 }), badInput),
    post('bad line range', 'negative lines', PROPOSE, addClaim({}, { lineStart: -5, lineEnd: -1 }), badInput),
    post('bad line range', 'backwards', PROPOSE, addClaim({}, { lineStart: 20, lineEnd: 10 }), badInput),
    post('bad line range', 'past the end', PROPOSE, addClaim({}, { lineEnd: 999_999 }), badInput),
    post('bad line range', 'beyond Int', PROPOSE, addClaim({}, { lineEnd: 2 ** 40 }), { code: 'BAD_USER_INPUT' }),
    post(
      'unknown types',
      'entity type',
      PROPOSE,
      addClaim({
        subjectId: null,
        newEntity: {
          kind: 'ACTOR',
          type: 'spaceship',
          name: 'Star Fleet',
          nameJa: '宇宙艦隊',
          description: 'A fleet.',
          descriptionJa: '艦隊。',
        },
      }),
      badInput,
    ),
    post(
      'unknown types',
      'entity kind',
      PROPOSE,
      addClaim({
        subjectId: null,
        newEntity: {
          kind: 'PLANET',
          type: 'state',
          name: 'Mars',
          nameJa: '火星',
          description: 'd',
          descriptionJa: 'd',
        },
      }),
      badInput,
    ),
    post(
      'unknown types',
      'relation type',
      PROPOSE,
      addClaim({ subjectId: null, newRelation: { type: 'OWNS', fromId: 'actor:japan', toId: 'framework:quad' } }),
      badInput,
    ),
    post('unknown types', 'change kind', PROPOSE, addClaim({ kind: 'DELETE_EVERYTHING' }), badInput),
    post(
      'unknown types',
      'relation ends against the vocabulary',
      PROPOSE,
      addClaim({ subjectId: null, newRelation: { type: 'MEMBER_OF', fromId: 'framework:quad', toId: 'actor:japan' } }),
      badInput,
    ),
    post('unknown types', 'date that is no date', PROPOSE, addClaim({}, { since: 'yesterday' }), badInput),
    post('forged ids', 'unknown subject', PROPOSE, addClaim({ subjectId: 'actor:does-not-exist' }), badInput),
    post(
      'forged ids',
      'Cypher in an id',
      PROPOSE,
      addClaim({ subjectId: "x'}) MATCH (n) DETACH DELETE n //" }),
      badInput,
    ),
    post('forged ids', 'unknown document', PROPOSE, addClaim({}, { documentId: '999' }), badInput),
    post(
      'forged ids',
      'unknown target claim',
      PROPOSE,
      { input: { kind: 'DEPRECATE_CLAIM', targetClaimId: 'claim:forged', expectedVersion: 1, reason: 'r' } },
      badInput,
    ),
    post(
      'forged ids',
      'review of an unknown change, as a curator',
      REVIEW,
      { id: 'change:forged', v: 1 },
      { code: 'FORBIDDEN' },
    ),
    post('forged ids', 'over-long id', PROPOSE, addClaim({ subjectId: 'a'.repeat(10_000) }), badInput),
    post('sessions', 'forged session token', PROPOSE, addClaim(), { code: 'UNAUTHENTICATED' }, forgedToken),
    post('sessions', 'signed-out session replayed', PROPOSE, addClaim(), { code: 'UNAUTHENTICATED' }, cookies.revoked),
    post('sessions', "a curator accepting another's change", REVIEW, { id: changeId, v: 1 }, { code: 'FORBIDDEN' }),
    post('sessions', 'anonymous review', REVIEW, { id: changeId, v: 1 }, { code: 'UNAUTHENTICATED' }, null),
    post(
      'sessions',
      'anonymous source',
      `mutation { addSource(input: {title: "t", titleJa: "t", date: "2026", text: "x"}) { id } }`,
      {},
      { code: 'UNAUTHENTICATED' },
      null,
    ),
    post('sessions', 'unknown mutation', `mutation { deleteEverything }`, {}, invalid),
    {
      category: 'CSRF',
      shape: 'text/plain mutation with the session cookie',
      request: withCookie(
        {
          method: 'POST',
          path: '/graphql',
          headers: { 'content-type': 'text/plain' },
          body: JSON.stringify({ query: PROPOSE, variables: addClaim() }),
        },
        cookies.curator,
      ),
      expect: { status: 400 },
    },
    {
      category: 'CSRF',
      shape: 'form-encoded mutation with the session cookie',
      request: withCookie(
        {
          method: 'POST',
          path: '/graphql',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: `query=${encodeURIComponent('mutation { signOut }')}`,
        },
        cookies.curator,
      ),
      expect: { status: 400 },
    },
    {
      category: 'CSRF',
      shape: 'mutation over GET with the session cookie',
      request: withCookie(
        { method: 'GET', path: `/graphql?query=${encodeURIComponent('mutation { signOut }')}`, headers: {} },
        cookies.curator,
      ),
      expect: { status: 400 },
    },
  ];
}

function problemOf(write: HostileWrite, outcome: HttpOutcome): string | null {
  if (outcome.status === null) return `no answer (${outcome.networkError})`;
  if (outcome.status >= 500) return `HTTP ${outcome.status}`;
  const body = parseGraphQL(outcome.text);
  const codes = errorCodes(body);
  if (codes.includes('INTERNAL_SERVER_ERROR')) return 'INTERNAL_SERVER_ERROR';
  if (/"stacktrace"|Neo4jError|node_modules/.test(outcome.text)) return 'internals in the answer';
  if ('status' in write.expect)
    return outcome.status === write.expect.status ? null : `HTTP ${outcome.status}, expected ${write.expect.status}`;
  return codes.includes(write.expect.code)
    ? null
    : `got ${codes.join('+') || `HTTP ${outcome.status} without errors`}, expected ${write.expect.code}`;
}

async function changeCount(stack: ResilienceStack): Promise<string> {
  const { records } = await stack.driver.executeQuery(
    'MATCH (c:Change) RETURN c.status AS status, count(c) AS n ORDER BY status',
  );
  return records.map((r) => `${r.get('status')}:${r.get('n')}`).join(', ') || 'none';
}

export async function curationCheck(stack: ResilienceStack, report: Report): Promise<void> {
  const curation = new CurationService(new CurationRepository(stack.driver, { queryTimeoutMs: 30_000 }), stack.repo);
  const run = randomBytes(4).toString('hex');
  const accounts = new Map<string, string>();
  const account = async (role: Role, name: string) => {
    const email = `${name}-${run}@resilience.test`;
    const password = randomBytes(18).toString('base64');
    await curation.auth.createUser(email, role, password);
    accounts.set(name, password);
    return email;
  };
  const curatorEmail = await account('CURATOR', 'curator');
  const leaverEmail = await account('CURATOR', 'leaver');
  const reviewerEmail = await account('REVIEWER', 'reviewer');
  const curator = await signIn(stack.url, curatorEmail, accounts.get('curator')!);
  const revoked = await signIn(stack.url, leaverEmail, accounts.get('leaver')!);
  await send(stack.url, withCookie(graphqlRequest('mutation { signOut }'), revoked));
  // One honest proposal: the target of the forged reviews below.
  const proposal = await send(stack.url, withCookie(graphqlRequest(PROPOSE, addClaim()), curator));
  const changeId = (parseGraphQL(proposal.text)?.data as { proposeChange?: { id: string } } | undefined)?.proposeChange
    ?.id;
  report.verdict(
    CHECK,
    'an authorised proposal is accepted for review',
    changeId !== undefined,
    changeId ?? proposal.text.slice(0, 200),
  );

  const before = await stack.repo.fingerprint();
  const changesBefore = await changeCount(stack);
  const writes = corpus({ curator, revoked }, changeId ?? 'change:none');
  const problems: string[] = [];
  for (let i = 0; i < writes.length; i += CONCURRENCY)
    await Promise.all(
      writes.slice(i, i + CONCURRENCY).map(async (write) => {
        const problem = problemOf(write, await send(stack.url, write.request));
        if (problem) problems.push(`${write.category} / ${write.shape}: ${problem}`);
      }),
    );
  report.measure(
    CHECK,
    'hostile writes sent',
    `${writes.length} in ${new Set(writes.map((w) => w.category)).size} categories`,
  );
  report.verdict(
    CHECK,
    'every hostile write refused with its code, no 5xx',
    problems.length === 0,
    problems.length === 0 ? `${writes.length} clean refusals` : problems.slice(0, 4).join('; '),
  );

  // 1,000 sign-in attempts at the reviewer's account with wrong passwords, 16 at a time.
  const statuses = new Map<string, number>();
  let signedIn = 0;
  for (let i = 0; i < SIGN_IN_ATTEMPTS; i += CONCURRENCY)
    await Promise.all(
      Array.from({ length: Math.min(CONCURRENCY, SIGN_IN_ATTEMPTS - i) }, async (_, j) => {
        const outcome = await send(
          stack.url,
          graphqlRequest(SIGN_IN, { e: reviewerEmail, p: `guess-${i + j}-password` }),
        );
        const key = `${outcome.status ?? 'none'} ${errorCodes(parseGraphQL(outcome.text)).join('+')}`;
        statuses.set(key, (statuses.get(key) ?? 0) + 1);
        if (outcome.headers.get('set-cookie')?.startsWith('atlas_session=') && outcome.status === 200) signedIn++;
      }),
    );
  const seen = [...statuses].map(([k, n]) => `${k}: ${n}`).join(', ');
  report.measure(CHECK, `${SIGN_IN_ATTEMPTS} wrong sign-ins`, seen);
  const right = await send(stack.url, graphqlRequest(SIGN_IN, { e: reviewerEmail, p: accounts.get('reviewer')! }));
  report.verdict(
    CHECK,
    `${SIGN_IN_ATTEMPTS} sign-in attempts: none succeeds, the rest RATE_LIMITED, no 5xx`,
    signedIn === 0 &&
      [...statuses.keys()].every((k) => k === '401 UNAUTHENTICATED' || k === '429 RATE_LIMITED') &&
      (statuses.get('429 RATE_LIMITED') ?? 0) >= SIGN_IN_ATTEMPTS - 30 &&
      right.status === 429,
    `${seen}; then the right password: HTTP ${right.status}`,
  );

  const after = await stack.repo.fingerprint();
  const changesAfter = await changeCount(stack);
  report.verdict(
    CHECK,
    'accepted data unchanged by refused writes (fingerprint)',
    after.checksum === before.checksum && after.nodes === before.nodes,
    `${fingerprintText(before)} → ${fingerprintText(after)}`,
  );
  report.verdict(
    CHECK,
    'no unauthorised change recorded',
    changesAfter === changesBefore,
    `changes before ${changesBefore}, after ${changesAfter}`,
  );
  await stack.driver.executeQuery('MATCH (l:SignInLimit) DELETE l');
}
