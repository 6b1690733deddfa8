/** The seed data in the real Neo4j: structure, spot checks against the sources, idempotent and atomic loads. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AtlasRepository } from '../../server/src/db/atlasRepository.js';
import { loadDatasetIntoNeo4j } from '../../server/src/seed/load.js';
import { SEED_DIR } from '../../server/src/seed/paths.js';
import { loadDataset, SeedValidationError } from '../../server/src/seed/validate.js';
import { loadSeed, seedData, testDriver, testRepository } from '../support/db.js';

let driver: Driver;
let repo: AtlasRepository;
beforeAll(async () => {
  driver = testDriver();
  repo = testRepository(driver);
  await loadSeed(driver);
});
afterAll(async () => {
  await driver?.close();
});

async function rows(query: string, params: Record<string, unknown> = {}) {
  return (await driver.executeQuery(query, params)).records.map((r) => r.toObject());
}

describe('structure of the loaded graph', () => {
  it('holds every entity, relation and claim of the seed files', async () => {
    const info = await repo.atlasInfo();
    const dataset = seedData();
    expect(info.entityCount).toBe(dataset.entities.length);
    expect(info.relationCount).toBe(dataset.relations.length);
    expect(info.claimCount).toBe(dataset.claims.length);
    console.log(
      `seed graph: ${info.entityCount} entities, ${info.relationCount} relations, ${info.claimCount} claims, ${info.conflictCount} conflicts`,
    );
  });

  it('has no relation without a citation', async () => {
    const uncited = await rows(`
      MATCH (:Entity)-[r]->(:Entity)
      WHERE NOT EXISTS { MATCH (c:Claim {subjectId: r.id})-[:CITES]->(:Document) }
      RETURN r.id AS id`);
    expect(uncited).toEqual([]);
  });

  it('has no claim pointing at nothing', async () => {
    const dangling = await rows(`
      MATCH (c:Claim)
      WHERE NOT EXISTS { MATCH (e:Entity {id: c.subjectId}) }
        AND NOT EXISTS { MATCH (:Entity)-[r {id: c.subjectId}]->(:Entity) }
      RETURN c.id AS id`);
    expect(dangling).toEqual([]);
  });

  it('names every entity in English and Japanese, with a kind label', async () => {
    const missing = await rows(`
      MATCH (e:Entity)
      WHERE e.name IS NULL OR e.nameJa IS NULL OR e.description IS NULL OR e.descriptionJa IS NULL
         OR NOT (e:Actor OR e:Framework OR e:Event OR e:Area)
      RETURN e.id AS id`);
    expect(missing).toEqual([]);
  });

  it('cites only lines that exist in the cited document', async () => {
    const outside = await rows(`
      MATCH (c:Claim)-[:CITES]->(d:Document)
      WHERE c.lineStart < 1 OR c.lineEnd > d.lineCount OR c.lineStart > c.lineEnd
      RETURN c.id AS id`);
    expect(outside).toEqual([]);
  });
});

describe('spot checks against the sources', () => {
  it('the ITPP supersedes the IPCP for Japan, in 2023', async () => {
    const relation = (await repo.relationsById(['framework:itpp-japan-[SUPERSEDES]->framework:ipcp-japan']))[0];
    expect(relation?.sinceYear).toBe(2023);
  });

  it('SEATO: founded 1954, dissolved 1977, eight signatories of a Manila Pact still in force', async () => {
    const [seato, pact] = await repo.entitiesById(['framework:seato', 'framework:manila-pact']);
    expect(seato).toMatchObject({ startYear: 1954, endYear: 1977 });
    expect(pact).toMatchObject({ end: 'present', endPrecision: 'PRESENT' });
    const signatories = await rows(
      `MATCH (a:Actor)-[:SIGNATORY_OF]->(:Entity {id: 'framework:manila-pact'}) RETURN a.id AS id ORDER BY id`,
    );
    expect(signatories.map((r) => r.id)).toEqual([
      'actor:australia',
      'actor:france',
      'actor:new-zealand',
      'actor:pakistan',
      'actor:philippines',
      'actor:thailand',
      'actor:united-kingdom',
      'actor:united-states',
    ]);
  });

  it('the Quad has four members', async () => {
    const members = await rows(
      `MATCH (a:Actor)-[:MEMBER_OF]->(:Entity {id: 'framework:quad'}) RETURN a.id AS id ORDER BY id`,
    );
    expect(members.map((r) => r.id)).toEqual(['actor:australia', 'actor:india', 'actor:japan', 'actor:united-states']);
  });

  it('ASEAN: five founders in 1967 and the later accessions', async () => {
    const members = await rows(`
      MATCH (a:Actor)-[r:MEMBER_OF]->(:Entity {id: 'framework:asean'})
      RETURN a.id AS id, r.sinceYear AS year, r.role AS role ORDER BY year, id`);
    const founders = members.filter((m) => m.role === 'founding member');
    expect(founders.map((m) => m.id)).toEqual([
      'actor:indonesia',
      'actor:malaysia',
      'actor:philippines',
      'actor:singapore',
      'actor:thailand',
    ]);
    expect(founders.every((m) => m.year === 1967)).toBe(true);
    expect(Object.fromEntries(members.filter((m) => m.role !== 'founding member').map((m) => [m.id, m.year]))).toEqual({
      'actor:brunei': 1984,
      'actor:vietnam': 1995,
      'actor:laos': 1997,
      'actor:myanmar': 1997,
      'actor:cambodia': 1999,
    });
  });

  it('keeps both years given for the Japan–NATO information security agreement', async () => {
    const conflicts = await repo.conflicts();
    const isa = conflicts.find((c) => c.subjectId === 'framework:isa-japan-nato' && c.kind === 'DATE');
    expect(isa).toBeDefined();
    const claims = await repo.claimsById(isa!.claimIds);
    expect(new Set(claims.map((c) => c.doc))).toEqual(new Set(['001', '003']));
    expect(claims.map((c) => c.since).sort()).toEqual(expect.arrayContaining(['2010-06', '2019']));
  });

  it('keeps both accounts of who blocked the NATO office in Tokyo', async () => {
    const conflict = (await repo.conflicts()).find((c) => c.id === 'tokyo-liaison-office-blocker');
    const claims = await repo.claimsById(conflict!.claimIds);
    const subjects = new Set(claims.map((c) => c.subjectId));
    expect(subjects).toContain('actor:france-[OPPOSED]->actor:nato-liaison-office-tokyo');
    expect(subjects).toContain('actor:germany-[OPPOSED]->actor:nato-liaison-office-tokyo');
    expect(new Set(claims.map((c) => c.doc))).toEqual(new Set(['001', '003']));
  });
});

describe('loading', () => {
  it('is idempotent: a second load changes nothing', async () => {
    const before = await repo.fingerprint();
    await loadDatasetIntoNeo4j(driver, seedData());
    expect(await repo.fingerprint()).toEqual(before);
  });

  it('creates into an empty database the graph it merges into a loaded one, in one transaction or in batches', async () => {
    const loaded = await repo.fingerprint();
    for (const options of [{}, { singleTransactionLimit: 0, batchSize: 97 }]) {
      await driver.executeQuery('MATCH (n) DETACH DELETE n');
      const first = await loadDatasetIntoNeo4j(driver, seedData(), options);
      expect(first.firstLoad).toBe(true);
      expect(await repo.fingerprint()).toEqual(loaded);
      const again = await loadDatasetIntoNeo4j(driver, seedData(), options);
      expect(again.firstLoad).toBe(false);
      expect(await repo.fingerprint()).toEqual(loaded);
    }
  });

  it('refuses a duplicate id on a first load too, and writes nothing', async () => {
    const loaded = await repo.fingerprint();
    await driver.executeQuery('MATCH (n) DETACH DELETE n');
    const dataset = seedData();
    const duplicated = { ...dataset, relations: [...dataset.relations, dataset.relations[5]!] };
    await expect(loadDatasetIntoNeo4j(driver, duplicated)).rejects.toThrow(/already exists/);
    expect((await rows('MATCH (n) RETURN count(n) AS n'))[0]!.n).toBe(0);
    await loadDatasetIntoNeo4j(driver, dataset);
    expect(await repo.fingerprint()).toEqual(loaded);
  });

  it('removes what the seed no longer has and restores it on the next load', async () => {
    const before = await repo.fingerprint();
    const dataset = seedData();
    const dropped = dataset.relations[0]!;
    await loadDatasetIntoNeo4j(driver, {
      ...dataset,
      relations: dataset.relations.slice(1),
      claims: dataset.claims.filter((c) => c.subjectId !== dropped.id),
      conflicts: dataset.conflicts,
    });
    expect(await repo.relationsById([dropped.id])).toEqual([]);
    await loadDatasetIntoNeo4j(driver, dataset);
    expect(await repo.fingerprint()).toEqual(before);
  });

  it('writes nothing when a seed file is invalid, and says what and where', async () => {
    const before = await repo.fingerprint();
    const dir = mkdtempSync(path.join(tmpdir(), 'atlas-seed-'));
    cpSync(SEED_DIR, dir, { recursive: true });
    const file = path.join(dir, 'documents', '004.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/type: MEMBER_OF/, 'type: BEST_FRIENDS'));
    let error: unknown;
    try {
      loadDataset(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SeedValidationError);
    expect((error as Error).message).toMatch(
      /documents\/004\.yaml: relations\[\d+\] \(BEST_FRIENDS .*\): type — unknown relation type "BEST_FRIENDS"/,
    );
    rmSync(dir, { recursive: true, force: true });
    expect(await repo.fingerprint()).toEqual(before);
  });

  it('rolls back a load that fails half-way, leaving the previous data intact', async () => {
    const before = await repo.fingerprint();
    const dataset = seedData();
    const changed = { ...dataset, entities: dataset.entities.map((e) => ({ ...e, name: `${e.name} (changed)` })) };
    await expect(
      loadDatasetIntoNeo4j(driver, changed, {
        onProgress: (step) => {
          if (step === 'claims') throw new Error('interrupted during claims');
        },
      }),
    ).rejects.toThrow('interrupted during claims');
    expect(await repo.fingerprint()).toEqual(before);
  });
});
