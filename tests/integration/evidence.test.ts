/** The evidence API on the real Neo4j: passages against the source files, pages, passage search, coverage, sides. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDatasetIntoNeo4j } from '../../server/src/seed/load.js';
import { SOURCES_DIR } from '../../server/src/seed/paths.js';
import { splitLines } from '../../server/src/seed/sourceTexts.js';
import { gql, gqlData, startTestApp, type TestApp } from '../support/app.js';
import { seedData, testDriver } from '../support/db.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop();
});

/** The source file's lines as `cat -n` numbers them, read here independently of the loader. */
function fileLines(doc: string): string[] {
  const source = seedData().documents.find((d) => d.id === doc)!;
  return splitLines(readFileSync(path.join(SOURCES_DIR!, source.file), 'utf8'));
}

interface Line {
  number: number;
  text: string;
}

describe('passages', () => {
  it('are the cited lines of the source file, with context, for a sample of 50 claims', async () => {
    expect(SOURCES_DIR).toBeDefined();
    const claims = seedData().claims;
    const step = Math.floor(claims.length / 50);
    const sample = Array.from({ length: 50 }, (_, i) => claims[i * step]!);
    const subjects = [...new Set(sample.map((c) => c.subjectId))];
    const data = await gqlData<{
      entities: { claims: { id: string; passage: { lineStart: number; lineEnd: number; lines: Line[] } | null }[] }[];
      relations: { claims: { id: string; passage: { lineStart: number; lineEnd: number; lines: Line[] } | null }[] }[];
    }>(
      app.url,
      `query($ids: [ID!]!) { entities(ids: $ids) { claims { id passage(context: 2) { lineStart lineEnd lines { number text } } } } }`,
      { ids: subjects.filter((s) => !s.includes('-[')) },
    ).then(async (entities) => ({
      ...entities,
      relations: await Promise.all(
        subjects
          .filter((s) => s.includes('-['))
          .map(async (id) => {
            const { relation } = await gqlData<{ relation: { claims: never[] } }>(
              app.url,
              `query($id: ID!) { relation(id: $id) { claims { id passage(context: 2) { lineStart lineEnd lines { number text } } } } }`,
              { id },
            );
            return relation;
          }),
      ),
    }));
    const passages = new Map(
      [...data.entities, ...data.relations].flatMap((s) => s.claims).map((c) => [c.id, c.passage] as const),
    );
    for (const claim of sample) {
      const passage = passages.get(claim.id);
      expect(passage, claim.id).toBeTruthy();
      const lines = fileLines(claim.doc);
      const from = Math.max(1, claim.lineStart - 2);
      const to = Math.min(lines.length, claim.lineEnd + 2);
      expect(passage!.lineStart).toBe(claim.lineStart);
      expect(passage!.lineEnd).toBe(claim.lineEnd);
      expect(passage!.lines.map((l) => l.number)).toEqual(Array.from({ length: to - from + 1 }, (_, i) => from + i));
      expect(passage!.lines.map((l) => l.text)).toEqual(lines.slice(from - 1, to));
    }
  });

  it('pages through a document and marks the claims on its lines', async () => {
    const { document } = await gqlData<{
      document: { available: boolean; lineCount: number; lines: (Line & { claims: { id: string }[] })[] };
    }>(
      app.url,
      `{ document(id: "004") { available lineCount lines(from: 118, to: 124) { number text claims { id } } } }`,
    );
    expect(document.available).toBe(true);
    expect(document.lines.map((l) => l.text)).toEqual(fileLines('004').slice(117, 124));
    const citing = (n: number) =>
      seedData()
        .claims.filter((c) => c.doc === '004' && c.lineStart <= n && c.lineEnd >= n)
        .map((c) => c.id)
        .sort();
    for (const line of document.lines) expect(line.claims.map((c) => c.id).sort()).toEqual(citing(line.number));
    expect(document.lines.some((l) => l.claims.length > 0)).toBe(true);
  });

  it('refuses lines out of range with a clear BAD_USER_INPUT', async () => {
    const cases: [string, RegExp][] = [
      ['lines(from: 0, to: 5)', /from must be a line of document 000, 1 to 379; got 0/],
      ['lines(from: 10, to: 9)', /to must be from 10 to 379/],
      ['lines(from: 370, to: 380)', /to must be from 370 to 379 \(the last line of 000\); got 380/],
      ['lines(from: 1, to: 201)', /at most 200 lines; asked for 201/],
    ];
    for (const [field, message] of cases) {
      const { status, body } = await gql(app.url, `{ document(id: "000") { ${field} { number } } }`);
      expect(status, field).toBe(400);
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toMatch(message);
    }
    const context = await gql(
      app.url,
      `{ sources { id } conflicts { claims { passage(context: 21) { lineStart } } } }`,
    );
    expect(context.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(context.body.errors?.[0]?.message).toMatch(/context must be between 0 and 20; got 21/);
  });
});

describe('relations by id (what an export reads)', () => {
  it('returns the relations asked for with their claims and passages, and refuses more than 500 ids', async () => {
    const ids = seedData()
      .relations.slice(0, 3)
      .map((r) => r.id);
    const { relations } = await gqlData<{
      relations: { id: string; claims: { note: string; passage: { lines: Line[] } | null }[] }[];
    }>(
      app.url,
      `query($ids: [ID!]!) { relations(ids: $ids) { id claims { note passage(context: 0) { lines { number text } } } } }`,
      {
        ids: [...ids, 'actor:nobody-[MEMBER_OF]->framework:nothing'],
      },
    );
    expect(relations.map((r) => r.id)).toEqual(ids);
    for (const claim of relations.flatMap((r) => r.claims)) expect(claim.passage?.lines.length).toBeGreaterThan(0);
    const { status, body } = await gql(app.url, `query($ids: [ID!]!) { relations(ids: $ids) { id } }`, {
      ids: Array.from({ length: 501 }, (_, i) => `x${i}`),
    });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('passage search', () => {
  interface Hit {
    document: { id: string };
    line: Line & { claims: { id: string; lineStart: number; lineEnd: number }[] };
    matchStart: number;
    matchEnd: number;
  }
  const searchPassages = async (text: string, extra = '') =>
    (
      await gqlData<{ searchPassages: Hit[] }>(
        app.url,
        `query($text: String!) { searchPassages(text: $text ${extra}) { document { id } line { number text claims { id lineStart lineEnd } } matchStart matchEnd } }`,
        { text },
      )
    ).searchPassages;

  it('finds マニラ条約 inside Japanese text in document 004, with the span and the claims on the line', async () => {
    const hits = await searchPassages('マニラ条約', ', first: 50');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.some((h) => h.document.id === '004')).toBe(true);
    const expected = ['000', '001', '002', '003', '004'].flatMap((doc) =>
      fileLines(doc).flatMap((text, i) => (text.includes('マニラ条約') ? [`${doc}:${i + 1}`] : [])),
    );
    expect(hits.map((h) => `${h.document.id}:${h.line.number}`)).toEqual(expected.slice(0, 50));
    for (const hit of hits) {
      expect(hit.line.text).toBe(fileLines(hit.document.id)[hit.line.number - 1]);
      expect(hit.line.text.slice(hit.matchStart, hit.matchEnd)).toBe('マニラ条約');
      for (const claim of hit.line.claims) {
        expect(claim.lineStart).toBeLessThanOrEqual(hit.line.number);
        expect(claim.lineEnd).toBeGreaterThanOrEqual(hit.line.number);
      }
    }
    expect(hits.some((h) => h.line.claims.length > 0)).toBe(true);
  });

  it('keeps the documents asked for, and matches Latin text regardless of case', async () => {
    const only = await searchPassages('マニラ条約', ', documents: ["004"]');
    expect(only.length).toBeGreaterThan(0);
    expect(only.every((h) => h.document.id === '004')).toBe(true);
    const nato = await searchPassages('nato', ', first: 5');
    expect(nato).toHaveLength(5);
    for (const hit of nato) expect(hit.line.text.slice(hit.matchStart, hit.matchEnd).toLowerCase()).toBe('nato');
  });

  it('refuses a text too short or too long, and treats Lucene syntax as text', async () => {
    for (const text of ['x', 'あ'.repeat(101)]) {
      const { status, body } = await gql(app.url, `query($t: String!) { searchPassages(text: $t) { matchStart } }`, {
        t: text,
      });
      expect(status).toBe(400);
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toMatch(/text must be 2 to 100 characters long/);
    }
    expect(await searchPassages('NATO" OR *:*')).toEqual([]);
  });
});

describe('coverage and conflict sides', () => {
  it('counts the cited lines and the claims of each document', async () => {
    const { sources } = await gqlData<{
      sources: { id: string; coverage: { citedLines: number; lineCount: number; claimCount: number } }[];
    }>(app.url, `{ sources { id coverage { citedLines lineCount claimCount } } }`);
    for (const source of sources) {
      const claims = seedData().claims.filter((c) => c.doc === source.id);
      const cited = new Set(
        claims.flatMap((c) => Array.from({ length: c.lineEnd - c.lineStart + 1 }, (_, i) => c.lineStart + i)),
      );
      expect(source.coverage).toEqual({
        citedLines: cited.size,
        lineCount: fileLines(source.id).length,
        claimCount: claims.length,
      });
    }
  });

  it('shows the Tokyo liaison office conflict as two sides, each its documents and claims, none disagreeing within a side', async () => {
    const { conflicts } = await gqlData<{
      conflicts: {
        id: string;
        sides: {
          id: string;
          position: string;
          positionJa: string;
          documents: { id: string }[];
          claims: { id: string; document: { id: string }; conflictsWith: { id: string }[] }[];
        }[];
      }[];
    }>(
      app.url,
      `{ conflicts { id sides { id position positionJa documents { id } claims { id document { id } conflictsWith { id } } } } }`,
    );
    const tokyo = conflicts.find((x) => x.id === 'tokyo-liaison-office-blocker')!;
    expect(tokyo.sides.map((s) => s.id)).toEqual(['france-alone', 'france-and-germany']);
    expect(tokyo.sides.map((s) => s.documents.map((d) => d.id))).toEqual([['001'], ['003']]);
    for (const conflict of conflicts) {
      expect(conflict.sides.length).toBeGreaterThanOrEqual(2);
      for (const side of conflict.sides) {
        expect(side.claims.length).toBeGreaterThan(0);
        expect(side.position.length).toBeGreaterThan(0);
        expect(side.positionJa.length).toBeGreaterThan(0);
        expect([...new Set(side.claims.map((c) => c.document.id))].sort()).toEqual(side.documents.map((d) => d.id));
        const ownSide = new Set(side.claims.map((c) => c.id));
        for (const claim of side.claims) expect(claim.conflictsWith.some((o) => ownSide.has(o.id))).toBe(false);
      }
    }
  });
});

describe('loading the texts', () => {
  it('stores every line of every source file, and a second load changes nothing', async () => {
    const expected = seedData().documents.reduce((n, d) => n + fileLines(d.id).length, 0);
    const [record] = (await app.connection.driver.executeQuery('MATCH (l:SourceLine) RETURN count(l) AS n')).records;
    expect(record!.get('n')).toBe(expected);
    const before = await app.repo.fingerprint();
    await loadDatasetIntoNeo4j(app.connection.driver, seedData());
    expect(await app.repo.fingerprint()).toEqual(before);
    console.log(`source texts stored: ${seedData().documents.length} documents, ${expected} lines`);
  });

  it('rolls back a load interrupted after the texts, and without the texts says passages are unavailable', async () => {
    const driver = testDriver();
    try {
      const before = await app.repo.fingerprint();
      await expect(
        loadDatasetIntoNeo4j(
          driver,
          { ...seedData(), texts: [] },
          {
            onProgress: (step) => {
              if (step === 'claims') throw new Error('interrupted during claims');
            },
          },
        ),
      ).rejects.toThrow('interrupted during claims');
      expect(await app.repo.fingerprint()).toEqual(before);

      await loadDatasetIntoNeo4j(driver, { ...seedData(), texts: [] });
      const claim = seedData().claims[0]!;
      const data = await gqlData<{
        sources: { available: boolean; lines: Line[] }[];
        entity: { claims: { passage: unknown }[] } | null;
        relation: { claims: { passage: unknown }[] } | null;
      }>(
        app.url,
        `query($id: ID!) { sources { available lines(from: 1, to: 3) { number } }
           entity(id: $id) { claims { passage { lineStart } } } relation(id: $id) { claims { passage { lineStart } } } }`,
        { id: claim.subjectId },
      );
      expect(data.sources.every((s) => !s.available && s.lines.length === 0)).toBe(true);
      const claims = (data.entity ?? data.relation)!.claims;
      expect(claims.length).toBeGreaterThan(0);
      expect(claims.every((c) => c.passage === null)).toBe(true);
      expect(await searchNothing()).toEqual([]);

      await loadDatasetIntoNeo4j(driver, seedData());
      expect(await app.repo.fingerprint()).toEqual(before);
    } finally {
      await driver.close();
    }
  });
});

async function searchNothing() {
  return (
    await gqlData<{ searchPassages: unknown[] }>(app.url, `{ searchPassages(text: "マニラ条約") { matchStart } }`)
  ).searchPassages;
}
