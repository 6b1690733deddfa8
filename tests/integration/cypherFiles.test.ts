/** Every .cypher file passes Neo4j's own linter, and the examples run for real on the seed graph. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CYPHER_DIR } from '../../server/src/db/cypherFiles.js';
import { cypherParams } from '../../server/src/db/params.js';
import { ENTITY_KINDS, RELATION_TYPES } from '../../server/src/domain/vocabulary.js';
import { loadSeed, testDriver } from '../support/db.js';

function cypherFiles(dir = CYPHER_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? cypherFiles(full) : entry.name.endsWith('.cypher') ? [full] : [];
  });
}

/** What the linter is told about the database: our labels, relationship types and the parameters the text uses. */
function lint(text: string) {
  const parameters = Object.fromEntries([...text.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => [m[1], null]));
  return lintCypherQuery(text, {
    parameters,
    labels: [
      ...['Entity', ...ENTITY_KINDS, 'Claim', 'Document', 'Conflict', 'ConflictSide', 'SourceLine'],
      ...['User', 'Session', 'SignInLimit', 'Change', 'AtlasMeta'],
    ],
    relationshipTypes: [...RELATION_TYPES, 'CITES', 'IN_CONFLICT', 'CONFLICTS_WITH', 'HAS_SIDE', 'ON_SIDE'],
  }).diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
}

const files = cypherFiles();

describe("Neo4j's Cypher linter", () => {
  it('finds the query files', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.map((f) => [path.relative(CYPHER_DIR, f), f]))('%s has no errors or warnings', (_name, file) => {
    expect(lint(readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('does catch a broken query (so the checks above mean something)', () => {
    expect(lint('MATCH (n:Entity RETURN n').length).toBeGreaterThan(0);
    expect(lint('MATCH (n:Entitty) RETURN n').join()).toMatch(/Entitty/);
  });
});

describe('cypher/examples run on the seed graph', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await loadSeed(driver);
  });
  afterAll(async () => {
    await driver?.close();
  });

  const run = async (name: string, params: Record<string, unknown>) =>
    (
      await driver.executeQuery(
        readFileSync(path.join(CYPHER_DIR, 'examples', `${name}.cypher`), 'utf8'),
        cypherParams(params),
      )
    ).records.map((r) => r.toObject());

  it('members of ASEAN in 1990: the founders and Brunei', async () => {
    const rows = await run('members-at-year', { framework: 'framework:asean', year: 1990 });
    expect(rows.map((r) => r.member)).toHaveLength(6);
    expect(rows.every((r) => (r.sources as string[]).length > 0)).toBe(true);
  });

  it('paths between SEATO and the Quad', async () => {
    const rows = await run('path-between-frameworks', { from: 'framework:seato', to: 'framework:quad' });
    expect(rows.length).toBeGreaterThan(0);
    expect((rows[0]!.via as string[])[0]).toBe('Southeast Asia Treaty Organization');
  });

  it('what replaced what', async () => {
    const rows = await run('what-replaced-what', {});
    expect(rows).toContainEqual(
      expect.objectContaining({ newer: expect.stringContaining('Individually Tailored'), relation: 'SUPERSEDES' }),
    );
  });

  it('all conflicting claims, both sides cited', async () => {
    const rows = await run('conflicting-claims', {});
    expect(new Set(rows.map((r) => r.document)).size).toBeGreaterThan(1);
  });
});
