/**
 * Read-your-writes for signed-in writers on the real Neo4j through a routing URI (neo4j://), as a
 * cluster or Aura is reached, with two API processes and no sticky routing: a write keeps its
 * bookmarks on the writer's (:Session) node, and every read of that session's next request, through
 * either process, waits for them; the session lookup runs on the leader; anonymous reads carry no
 * bookmarks; a session cookie that no sign-in made is no session. What each request's Neo4j
 * sessions waited for is read from /metrics (atlas_neo4j_sessions_total by access mode and bookmarks).
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { tokenHash } from '../../server/src/curation/auth.js';
import type { Role } from '../../server/src/db/curationRecords.js';
import { startTestApp, type GraphQLResponse, type TestApp } from '../support/app.js';
import { loadSeed, routingUri } from '../support/db.js';
import { createTestUsers } from '../support/users.js';

let first: TestApp;
let second: TestApp;
beforeAll(async () => {
  const NEO4J_URI = routingUri(inject('neo4jUri'));
  first = await startTestApp({ NEO4J_URI });
  second = await startTestApp({ NEO4J_URI, SEED_ON_START: 'never' });
});
afterAll(async () => {
  // Curated data survives seed loads by design: the next test file must find the seed state.
  if (first) {
    await first.connection.driver.executeQuery('MATCH (n) DETACH DELETE n');
    await loadSeed(first.connection.driver);
  }
  await second?.stop();
  await first?.stop();
});

/** The app's loopback address: /metrics answers loopback callers only. */
const base = (app: TestApp) => `http://127.0.0.1:${app.port}/`;

/** A browser-like client of either process: it keeps the session cookie and sends it back. */
class Client {
  cookie: string | null = null;

  async request<T>(app: TestApp, query: string, variables: Record<string, unknown> = {}) {
    const response = await fetch(new URL('graphql', base(app)), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0]!;
    return { status: response.status, body: (await response.json()) as GraphQLResponse<T>['body'] };
  }

  async data<T>(app: TestApp, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const { status, body } = await this.request<T>(app, query, variables);
    if (status !== 200 || body.errors) throw new Error(`GraphQL failed (${status}): ${JSON.stringify(body.errors)}`);
    return body.data as T;
  }

  /** The token the cookie carries. */
  get token(): string {
    return this.cookie!.slice(this.cookie!.indexOf('=') + 1);
  }
}

const run = randomBytes(4).toString('hex');

async function signedIn(role: Role, name: string, through: TestApp): Promise<Client> {
  const [user] = await createTestUsers(first.connection.driver, [{ email: `${name}-${run}@example.org`, role }]);
  const client = new Client();
  await client.data(through, `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }`, {
    e: user!.email,
    p: user!.password,
  });
  return client;
}

/** What a session's node holds for its next reads (the database's own record, not the app's). */
async function storedBookmarks(client: Client): Promise<string[] | null> {
  const { records } = await first.connection.driver.executeQuery(
    'MATCH (s:Session {tokenHash: $hash}) RETURN s.bookmarks AS bookmarks',
    { hash: tokenHash(client.token) },
  );
  return records[0]?.get('bookmarks') as string[] | null;
}

type SessionCounts = Record<'readWith' | 'readWithout' | 'writeWith' | 'writeWithout', number>;

/** The process's Neo4j sessions so far, by access mode and whether they waited for bookmarks. */
async function sessions(app: TestApp): Promise<SessionCounts> {
  const scrape = await (await fetch(new URL('metrics', base(app)))).text();
  const count = (mode: string, bookmarks: string) => {
    const prefix = `atlas_neo4j_sessions_total{access_mode="${mode}",bookmarks="${bookmarks}"} `;
    const line = scrape.split('\n').find((l) => l.startsWith(prefix));
    return line === undefined ? 0 : Number(line.slice(prefix.length));
  };
  return {
    readWith: count('READ', 'with'),
    readWithout: count('READ', 'without'),
    writeWith: count('WRITE', 'with'),
    writeWithout: count('WRITE', 'without'),
  };
}

/** What one request of `client` through `app` opened: the sessions counted before and after it. */
async function sessionsOf<T>(app: TestApp, request: () => Promise<T>): Promise<{ answer: T; opened: SessionCounts }> {
  const before = await sessions(app);
  const answer = await request();
  const after = await sessions(app);
  const opened = Object.fromEntries(
    Object.entries(after).map(([key, value]) => [key, value - before[key as keyof SessionCounts]]),
  ) as SessionCounts;
  return { answer, opened };
}

const ADD_SOURCE = `mutation($input: AddSourceInput!) { addSource(input: $input) { id } }`;
const DOCUMENT = `query($id: ID!) { document(id: $id) { id title lines(from: 2, to: 2) { text } } }`;
const PROPOSE = `mutation($input: ProposeChangeInput!) { proposeChange(input: $input) { id status } }`;
const REVIEW = `mutation($id: ID!) {
  reviewChange(id: $id, decision: ACCEPT, expectedVersion: 1) { status claim { id note origin } }
}`;
const RELATION = `query($id: ID!) { relation(id: $id) { id claims { id origin document { id } } } }`;
const VIEWER = '{ viewer { email } }';

const SOURCE_TEXT = ['Pacific Notes, 2026.', 'The Quad and AUKUS are often compared.', 'End.'].join('\n');

let documentId: string;

describe('read-your-writes for a signed-in writer, through a routing URI and two API processes', () => {
  it('the driver reaches Neo4j through its routing URI', () => {
    expect(routingUri(inject('neo4jUri'))).toMatch(/^neo4j:\/\/127\.0\.0\.1:\d+$/);
  });

  it("a curator's added source is read at once through the other process, every read waiting for the write's bookmarks", async () => {
    const curator = await signedIn('CURATOR', 'writer', first);
    expect(await storedBookmarks(curator)).toBeNull();

    const written = await sessionsOf(second, () =>
      curator.data<{ addSource: { id: string } }>(second, ADD_SOURCE, {
        input: { title: `Pacific Notes ${run}`, titleJa: `太平洋ノート ${run}`, date: '2026', text: SOURCE_TEXT },
      }),
    );
    documentId = written.answer.addSource.id;
    // The write on the leader, and a second small one keeping its bookmarks on the session.
    expect(written.opened.writeWithout).toBeGreaterThanOrEqual(3);
    const kept = await storedBookmarks(curator);
    expect(kept).toHaveLength(1);
    expect(kept![0]).toMatch(/\S{10,}/);

    // The next request, through the other process: the session looked up on the leader (a WRITE
    // session without bookmarks), then every read waiting for the bookmarks the write left.
    const read = await sessionsOf(first, () =>
      curator.data<{ document: { id: string; title: string; lines: { text: string }[] } }>(first, DOCUMENT, {
        id: documentId,
      }),
    );
    expect(read.answer.document).toEqual({
      id: documentId,
      title: `Pacific Notes ${run}`,
      lines: [{ text: 'The Quad and AUKUS are often compared.' }],
    });
    expect(read.opened).toEqual({ readWith: read.opened.readWith, readWithout: 0, writeWith: 0, writeWithout: 1 });
    expect(read.opened.readWith).toBeGreaterThanOrEqual(1);
  });

  it("a reviewer's acceptance is in its own answer and in the reviewer's next read, both after its bookmarks", async () => {
    const curator = await signedIn('CURATOR', 'proposer', second);
    const reviewer = await signedIn('REVIEWER', 'reviewer', first);
    const relationId = 'framework:quad-[COMPARED_TO]->framework:aukus';
    const { proposeChange } = await curator.data<{ proposeChange: { id: string; status: string } }>(first, PROPOSE, {
      input: {
        kind: 'ADD_CLAIM',
        newRelation: { type: 'COMPARED_TO', fromId: 'framework:quad', toId: 'framework:aukus' },
        claim: { documentId, lineStart: 2, lineEnd: 2, note: 'Compared.', noteJa: '比較される。' },
      },
    });
    expect(proposeChange.status).toBe('PROPOSED');
    expect(await storedBookmarks(curator)).toHaveLength(1);

    // The mutation's answer reads the claim it has just written, after the write's bookmarks (the
    // reads before the write had none: the reviewer had written nothing yet).
    const accepted = await sessionsOf(second, () =>
      reviewer.data<{ reviewChange: { status: string; claim: { id: string; origin: string } } }>(second, REVIEW, {
        id: proposeChange.id,
      }),
    );
    const claimId = `${relationId}@${documentId}:2-2`;
    expect(accepted.answer.reviewChange).toMatchObject({
      status: 'ACCEPTED',
      claim: { id: claimId, origin: 'CURATED' },
    });
    expect(accepted.opened.readWith).toBeGreaterThanOrEqual(1);
    const kept = await storedBookmarks(reviewer);
    expect(kept).toHaveLength(1);
    // A later write of the database than the curator's proposal: another bookmark.
    expect(kept).not.toEqual(await storedBookmarks(curator));

    const next = await sessionsOf(first, () =>
      reviewer.data<{ relation: { claims: { id: string; document: { id: string } }[] } }>(first, RELATION, {
        id: relationId,
      }),
    );
    expect(next.answer.relation.claims.map((c) => c.id)).toEqual([claimId]);
    expect(next.opened).toMatchObject({ readWithout: 0, writeWithout: 1 });
    expect(next.opened.readWith).toBeGreaterThanOrEqual(1);
  });

  it('anonymous reads carry no bookmarks and look up no session', async () => {
    const anonymous = new Client();
    const read = await sessionsOf(first, () =>
      anonymous.data<{ document: { id: string } }>(first, DOCUMENT, { id: documentId }),
    );
    expect(read.answer.document.id).toBe(documentId);
    expect(read.opened).toEqual({ readWith: 0, readWithout: read.opened.readWithout, writeWith: 0, writeWithout: 0 });
    expect(read.opened.readWithout).toBeGreaterThanOrEqual(1);
  });

  it('a session cookie that no sign-in made is no session: anonymous, no bookmarks, no error', async () => {
    const madeUp = [
      ['kilobytes of it', 'A'.repeat(8000)],
      ['a bookmark in its place', 'FB:kcwQhRyDJQ0eT3CMs0ZJRz6fCpAAkLo='],
      ['the right length, other characters', '!'.repeat(43)],
    ];
    for (const [what, value] of madeUp) {
      const forger = new Client();
      forger.cookie = `atlas_session=${value}`;
      const answer = await sessionsOf(first, () => forger.request<{ viewer: null }>(first, VIEWER));
      expect(answer.answer, what).toEqual({ status: 200, body: { data: { viewer: null } } });
      // Refused before the database: no session looked up, nothing read after its value.
      expect(answer.opened, what).toEqual({ readWith: 0, readWithout: 0, writeWith: 0, writeWithout: 0 });
    }

    // One that sign-in could have made but did not: looked up on the leader, found nowhere.
    const guesser = new Client();
    guesser.cookie = `atlas_session=${randomBytes(32).toString('base64url')}`;
    const guessed = await sessionsOf(first, () =>
      guesser.request<{ document: { id: string } }>(first, `{ viewer { email } document(id: "${documentId}") { id } }`),
    );
    expect(guessed.answer).toEqual({ status: 200, body: { data: { viewer: null, document: { id: documentId } } } });
    expect(guessed.opened).toMatchObject({ readWith: 0, writeWith: 0, writeWithout: 1 });
  });

  it("bookmarks on a session's node that the database cannot parse are refused cleanly: the session reads without them", async () => {
    const curator = await signedIn('CURATOR', 'tampered', first);
    for (const forged of [['FB:not-a-bookmark'], ['x'.repeat(5000)], ['FB:kcwQyAFX08RYQLy5o5ewE5f5AAAA']]) {
      await first.connection.driver.executeQuery('MATCH (s:Session {tokenHash: $hash}) SET s.bookmarks = $forged', {
        hash: tokenHash(curator.token),
        forged,
      });
      // Two reads at once (document, entity): each is refused and made again without them.
      const read = await sessionsOf(second, () =>
        curator.request<{ viewer: { email: string }; document: { id: string }; entity: { id: string } }>(
          second,
          `{ viewer { email } document(id: "${documentId}") { id } entity(id: "framework:quad") { id } }`,
        ),
      );
      expect(read.answer.status, forged[0]).toBe(200);
      expect(read.answer.body).toEqual({
        data: {
          viewer: { email: `tampered-${run}@example.org` },
          document: { id: documentId },
          entity: { id: 'framework:quad' },
        },
      });
      // Tried with them (refused by Neo4j: InvalidBookmark), then without.
      expect(read.opened).toMatchObject({ writeWith: 0, writeWithout: 1 });
      expect(read.opened.readWith).toBeGreaterThanOrEqual(1);
      expect(read.opened.readWithout).toBeGreaterThanOrEqual(2);
    }
  });
});
