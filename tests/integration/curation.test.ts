/**
 * Curation on the real Neo4j, over HTTP as the web app talks to it: accounts and sessions, the
 * write API with its refusals, review, provenance and history, and curated data surviving a seed
 * reload. Accounts are created through the same code as `npm run users`.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AtlasRepository } from '../../server/src/db/atlasRepository.js';
import { CurationRepository } from '../../server/src/db/curationRepository.js';
import type { Role } from '../../server/src/db/curationRecords.js';
import { CurationService } from '../../server/src/curation/service.js';
import { writeExport } from '../../server/src/curation/export.js';
import { loadDatasetIntoNeo4j } from '../../server/src/seed/load.js';
import { EXPORT_TEXTS_DIR, SOURCES_DIR } from '../../server/src/seed/paths.js';
import { withSourceTexts } from '../../server/src/seed/sourceTexts.js';
import { readSeedDirectory, validateSeed } from '../../server/src/seed/validate.js';
import { startTestApp, type GraphQLResponse, type TestApp } from '../support/app.js';
import { loadSeed, seedData } from '../support/db.js';

let app: TestApp;
let curation: CurationService;
beforeAll(async () => {
  app = await startTestApp();
  const options = { queryTimeoutMs: 20_000 };
  curation = new CurationService(
    new CurationRepository(app.connection.driver, options),
    new AtlasRepository(app.connection.driver, options),
  );
});
afterAll(async () => {
  // Curated data survives seed loads by design: the next test file must find the seed state.
  if (app) {
    await app.connection.driver.executeQuery('MATCH (n) DETACH DELETE n');
    await loadSeed(app.connection.driver);
  }
  await app?.stop();
});

/** A browser-like client: keeps the session cookie the server sets and sends it back. */
class Client {
  cookie: string | null = null;
  lastSetCookie: string | null = null;

  async request<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = { 'content-type': 'application/json' },
  ): Promise<GraphQLResponse<T>> {
    const response = await fetch(new URL('graphql', app.url), {
      method: 'POST',
      headers: { ...headers, ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      this.lastSetCookie = setCookie;
      const [pair] = setCookie.split(';');
      this.cookie = pair!.endsWith('=') ? null : pair!;
    }
    return { status: response.status, body: (await response.json()) as GraphQLResponse<T>['body'] };
  }

  async data<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const { status, body } = await this.request<T>(query, variables);
    if (status !== 200 || body.errors) throw new Error(`GraphQL failed (${status}): ${JSON.stringify(body.errors)}`);
    return body.data as T;
  }
}

const run = randomBytes(4).toString('hex');
const password = () => randomBytes(18).toString('base64');

/** A new account of `role` (as `npm run users -- add` makes it) and a client signed in as it. */
async function signedIn(role: Role, name: string): Promise<{ client: Client; email: string }> {
  const email = `${name}-${run}@example.org`;
  const secret = password();
  await curation.auth.createUser(email, role, secret);
  const client = new Client();
  await client.data(`mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }`, {
    e: email,
    p: secret,
  });
  return { client, email };
}

const PROPOSE = `mutation($input: ProposeChangeInput!) {
  proposeChange(input: $input) { id kind status version subjectId targetClaimId before after author { email } claim { id note } }
}`;
const REVIEW = `mutation($id: ID!, $decision: ReviewDecision!, $v: Int!) {
  reviewChange(id: $id, decision: $decision, expectedVersion: $v, comment: "checked against the text") {
    id status version reviewer { email } reviewedAt claim { id }
  }
}`;
const RELATION = `query($id: ID!) {
  relation(id: $id) {
    id
    claims {
      id version origin deprecated deprecationReason note
      author { email role } reviewer { email }
      document { id title }
      passage(context: 0) { lines { number text } }
    }
  }
}`;
const ADD_SOURCE = `mutation($input: AddSourceInput!) { addSource(input: $input) { id title lineCount available } }`;

const SOURCE_TEXT = [
  'Allied Review, December 2026.',
  'The Quad and AUKUS are often set side by side by commentators.',
  'One is a diplomatic grouping of four democracies; the other a technology and submarine pact.',
  'Both began in their present form between 2017 and 2021.',
  'End of text.',
].join('\n');

interface ClaimView {
  id: string;
  version: number;
  origin: string;
  deprecated: boolean;
  deprecationReason: string | null;
  note: string;
  author: { email: string; role: string } | null;
  reviewer: { email: string } | null;
  document: { id: string; title: string };
  passage: { lines: { number: number; text: string }[] } | null;
}

describe('sessions', () => {
  it('sign in sets an HttpOnly SameSite=Lax cookie, viewer reads it, sign out revokes it', async () => {
    const email = `session-${run}@example.org`;
    const secret = password();
    await curation.auth.createUser(email, 'CURATOR', secret);
    const client = new Client();
    expect((await client.data<{ viewer: null }>('{ viewer { id } }')).viewer).toBeNull();
    const { signIn } = await client.data<{ signIn: { email: string; role: string } }>(
      `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { email role } }`,
      { e: email.toUpperCase(), p: secret },
    );
    expect(signIn).toEqual({ email, role: 'CURATOR' });
    expect(client.lastSetCookie).toMatch(/^atlas_session=[A-Za-z0-9_-]{43};/);
    expect(client.lastSetCookie).toMatch(/HttpOnly/);
    expect(client.lastSetCookie).toMatch(/SameSite=Lax/);
    expect(client.lastSetCookie).toMatch(/Path=\//);
    expect(client.lastSetCookie).not.toMatch(/Secure/);
    const cookie = client.cookie;
    expect((await client.data<{ viewer: { email: string } }>('{ viewer { email } }')).viewer.email).toBe(email);
    expect((await client.data<{ signOut: boolean }>('mutation { signOut }')).signOut).toBe(true);
    // The old cookie, replayed: the session is revoked in the database, not just forgotten by the browser.
    const replay = new Client();
    replay.cookie = cookie;
    expect((await replay.data<{ viewer: null }>('{ viewer { id } }')).viewer).toBeNull();
  });

  it('a wrong password or unknown account is UNAUTHENTICATED (401), the same for both', async () => {
    const email = `wrong-${run}@example.org`;
    await curation.auth.createUser(email, 'CURATOR', password());
    const client = new Client();
    const query = `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }`;
    const wrong = await client.request(query, { e: email, p: 'not the password at all' });
    const unknown = await client.request(query, { e: `nobody-${run}@example.org`, p: 'not the password at all' });
    for (const answer of [wrong, unknown]) {
      expect(answer.status).toBe(401);
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(wrong.body.errors?.[0]?.message).toBe(unknown.body.errors?.[0]?.message);
    expect(client.cookie).toBeNull();
  });

  it('refuses short passwords and a second account for one email', async () => {
    await expect(curation.auth.createUser(`short-${run}@example.org`, 'CURATOR', 'short')).rejects.toThrow(
      /at least 12/,
    );
    const email = `twice-${run}@example.org`;
    await curation.auth.createUser(email, 'CURATOR', password());
    await expect(curation.auth.createUser(email, 'ADMIN', password())).rejects.toThrow(/exists already/);
  });

  it('a mutation without a JSON content type or the preflight header is refused (CSRF prevention)', async () => {
    const response = await fetch(new URL('graphql', app.url), {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { signOut }' }),
    });
    expect(response.status).toBe(400);
  });
});

describe('writes are refused without the role', () => {
  it('anonymous writes are UNAUTHENTICATED (401), changes too', async () => {
    const anonymous = new Client();
    for (const [query, variables] of [
      [ADD_SOURCE, { input: { title: 'x', titleJa: 'x', date: '2026', text: 'a' } }],
      [
        PROPOSE,
        {
          input: {
            kind: 'ADD_CLAIM',
            subjectId: 'framework:quad',
            claim: { documentId: '000', lineStart: 1, lineEnd: 1, note: 'n', noteJa: 'n' },
          },
        },
      ],
      [REVIEW, { id: 'change:x', decision: 'ACCEPT', v: 1 }],
      ['{ changes { totalCount } }', {}],
    ] as const) {
      const answer = await anonymous.request(query, variables);
      expect(answer.status, query).toBe(401);
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('a curator may not review: FORBIDDEN (403)', async () => {
    const { client } = await signedIn('CURATOR', 'lowly');
    const answer = await client.request(REVIEW, { id: 'change:x', decision: 'ACCEPT', v: 1 });
    expect(answer.status).toBe(403);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the curation flow', () => {
  it('source → proposal (invisible) → acceptance (visible, with author and citation) → stale edit refused → deprecation kept', async () => {
    const curator = await signedIn('CURATOR', 'curator');
    const second = await signedIn('CURATOR', 'second');
    const reviewer = await signedIn('REVIEWER', 'reviewer');
    const anonymous = new Client();

    const { addSource } = await curator.client.data<{
      addSource: { id: string; lineCount: number; available: boolean };
    }>(ADD_SOURCE, {
      input: { title: `Allied Review ${run}`, titleJa: `同盟評論 ${run}`, date: '2026-12', text: SOURCE_TEXT },
    });
    expect(addSource).toMatchObject({ lineCount: 5, available: true });
    const doc = addSource.id;
    // Added sources are visible to everybody at once, their text stored line by line.
    const { document } = await anonymous.data<{ document: { lines: { number: number; text: string }[] } }>(
      `query($id: ID!) { document(id: $id) { lines(from: 2, to: 3) { number text } } }`,
      { id: doc },
    );
    expect(document.lines).toEqual([
      { number: 2, text: SOURCE_TEXT.split('\n')[1] },
      { number: 3, text: SOURCE_TEXT.split('\n')[2] },
    ]);

    const relationId = 'framework:quad-[COMPARED_TO]->framework:aukus';
    expect((await anonymous.data<{ relation: null }>(RELATION, { id: relationId })).relation).toBeNull();
    const claim = {
      documentId: doc,
      lineStart: 2,
      lineEnd: 3,
      note: 'Commentators compare the Quad with AUKUS, a diplomatic group against a technology pact.',
      noteJa: '論者はクアッドとAUKUSを比べる。一方は外交の枠組み、他方は技術協定である。',
    };
    const input = {
      kind: 'ADD_CLAIM',
      newRelation: { type: 'COMPARED_TO', fromId: 'framework:quad', toId: 'framework:aukus' },
    };

    // One validator: the seed's rules, the field named.
    const pastEnd = await curator.client.request(PROPOSE, { input: { ...input, claim: { ...claim, lineEnd: 9 } } });
    expect(pastEnd.status).toBe(400);
    expect(pastEnd.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'claim.lineEnd' });
    const wrongEnds = await curator.client.request(PROPOSE, {
      input: { ...input, newRelation: { type: 'MEMBER_OF', fromId: 'framework:quad', toId: 'framework:aukus' }, claim },
    });
    expect(wrongEnds.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'newRelation.fromId',
    });

    const { proposeChange: proposed } = await curator.client.data<{
      proposeChange: { id: string; status: string; version: number; subjectId: string; claim: { note: string } };
    }>(PROPOSE, { input: { ...input, claim } });
    expect(proposed).toMatchObject({
      status: 'PROPOSED',
      version: 1,
      subjectId: relationId,
      claim: { note: claim.note },
    });

    // Invisible to readers until accepted; curators see it in the queue and the history.
    expect((await anonymous.data<{ relation: null }>(RELATION, { id: relationId })).relation).toBeNull();
    expect(
      (
        await anonymous.data<{ history: unknown[] }>(`query($id: ID!) { history(subjectId: $id) { id } }`, {
          id: relationId,
        })
      ).history,
    ).toEqual([]);
    const queue = await second.client.data<{ changes: { nodes: { id: string }[] } }>(
      '{ changes(status: PROPOSED, first: 100) { nodes { id } totalCount } }',
    );
    expect(queue.changes.nodes.map((c) => c.id)).toContain(proposed.id);

    const versionBefore = await dataVersion();
    const { reviewChange: accepted } = await reviewer.client.data<{
      reviewChange: { status: string; version: number; reviewer: { email: string }; claim: { id: string } };
    }>(REVIEW, { id: proposed.id, decision: 'ACCEPT', v: 1 });
    expect(accepted).toMatchObject({ status: 'ACCEPTED', version: 2, reviewer: { email: reviewer.email } });
    expect(await dataVersion()).toBeGreaterThan(versionBefore);

    // Decisions are final.
    const again = await reviewer.client.request(REVIEW, { id: proposed.id, decision: 'REJECT', v: 2 });
    expect(again.status).toBe(409);
    expect(again.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', current: { status: 'ACCEPTED' } });

    const visible = await anonymous.data<{ relation: { claims: ClaimView[] } }>(RELATION, { id: relationId });
    expect(visible.relation.claims).toHaveLength(1);
    const [shown] = visible.relation.claims;
    expect(shown).toMatchObject({
      id: `${relationId}@${doc}:2-3`,
      version: 1,
      origin: 'CURATED',
      deprecated: false,
      author: { email: curator.email, role: 'CURATOR' },
      reviewer: { email: reviewer.email },
      document: { id: doc },
    });
    expect(shown!.passage!.lines.map((l) => l.number)).toEqual([2, 3]);

    // Two curators read version 1; the first's correction is accepted; the second's edit is stale.
    const correction = await curator.client.data<{ proposeChange: { id: string; before: string } }>(PROPOSE, {
      input: {
        kind: 'CORRECT_CLAIM',
        targetClaimId: shown!.id,
        expectedVersion: 1,
        reason: 'the passage gives the dates too',
        claim: {
          ...claim,
          lineStart: 2,
          lineEnd: 4,
          since: '2021',
          note: 'Commentators compare the Quad with AUKUS; both took their present form by 2021.',
        },
      },
    });
    expect(JSON.parse(correction.proposeChange.before)).toMatchObject({ id: shown!.id, version: 1 });
    await reviewer.client.data(REVIEW, { id: correction.proposeChange.id, decision: 'ACCEPT', v: 1 });
    const stale = await second.client.request(PROPOSE, {
      input: { kind: 'DEPRECATE_CLAIM', targetClaimId: shown!.id, expectedVersion: 1, reason: 'duplicate' },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      current: { id: shown!.id, version: 2, deprecated: true },
    });

    // Nothing is deleted: the corrected claim stays, deprecated with the reason, in the history.
    const after = await anonymous.data<{ relation: { claims: ClaimView[] } }>(RELATION, { id: relationId });
    const byId = new Map(after.relation.claims.map((c) => [c.id, c]));
    expect(byId.get(shown!.id)).toMatchObject({
      deprecated: true,
      deprecationReason: 'the passage gives the dates too',
      version: 2,
    });
    expect(byId.get(`${relationId}@${doc}:2-4`)).toMatchObject({ deprecated: false, origin: 'CURATED' });
    const { history } = await anonymous.data<{
      history: { kind: string; status: string; author: { email: string } }[];
    }>(`query($id: ID!) { history(subjectId: $id) { kind status author { email } } }`, { id: relationId });
    expect(history).toEqual([
      { kind: 'ADD_CLAIM', status: 'ACCEPTED', author: { email: curator.email } },
      { kind: 'CORRECT_CLAIM', status: 'ACCEPTED', author: { email: curator.email } },
    ]);
    const { relation } = await anonymous.data<{ relation: { since: { value: string } | null } }>(
      `query($id: ID!) { relation(id: $id) { since { value } } }`,
      { id: relationId },
    );
    expect(relation.since?.value).toBe('2021');

    // A seed reload leaves curated data as it was.
    const before = await anonymous.data<{ relation: { claims: ClaimView[] } }>(RELATION, { id: relationId });
    await loadDatasetIntoNeo4j(app.connection.driver, seedData());
    expect(await anonymous.data(RELATION, { id: relationId })).toEqual(before);
    expect(
      (
        await anonymous.data<{ document: { title: string } | null }>(
          `query($id: ID!) { document(id: $id) { title } }`,
          { id: doc },
        )
      ).document?.title,
    ).toBe(`Allied Review ${run}`);
  });
});

describe('export', () => {
  it('writes the accepted graph (seed + curated) as seed files that check and load into an empty database to the same fingerprint', async () => {
    const before = await app.repo.fingerprint();
    const dir = mkdtempSync(path.join(tmpdir(), 'atlas-export-'));
    try {
      const graph = await curation.repo.exportGraph();
      expect(graph.claims.some((c) => c.origin === 'curated' && c.authorEmail && c.reviewerEmail)).toBe(true);
      writeExport(dir, graph);
      // What `npm run seed -- --check DIR` runs: the seed validator, with the export's texts/ first.
      const sources = [path.join(dir, EXPORT_TEXTS_DIR), SOURCES_DIR!];
      const result = validateSeed(readSeedDirectory(dir), { sourcesDir: sources });
      expect(result.errors).toEqual([]);
      expect(result.dataset.claims.filter((c) => c.provenance?.origin === 'curated').length).toBeGreaterThan(0);
      await app.connection.driver.executeQuery('MATCH (n) DETACH DELETE n');
      await loadDatasetIntoNeo4j(app.connection.driver, withSourceTexts(result.dataset, sources));
      expect(await app.repo.fingerprint()).toEqual(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

async function dataVersion(): Promise<number> {
  const { records } = await app.connection.driver.executeQuery(
    "MATCH (meta:AtlasMeta {key: 'atlas'}) RETURN meta.version AS version",
  );
  return Number(records[0]?.get('version') ?? 0);
}

describe('sign-in rate limit', () => {
  it('after 10 failures an account gets RATE_LIMITED (429), even with the right password', async () => {
    // Earlier tests' failures from this address are not this test's.
    await app.connection.driver.executeQuery('MATCH (l:SignInLimit) DELETE l');
    const email = `limited-${run}@example.org`;
    const secret = password();
    await curation.auth.createUser(email, 'CURATOR', secret);
    const client = new Client();
    const query = `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }`;
    for (let i = 0; i < 10; i++)
      expect((await client.request(query, { e: email, p: `wrong-${i}-password` })).status).toBe(401);
    const limited = await client.request(query, { e: email, p: secret });
    expect(limited.status).toBe(429);
    expect(limited.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    // The address is limited too: cleared here so that other test files on this database can sign in.
    await app.connection.driver.executeQuery('MATCH (l:SignInLimit) DELETE l');
  });
});
