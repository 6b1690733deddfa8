/** Helpers for tests that talk to the real Neo4j provided by the global setup. */
import { inject } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { AtlasRepository } from '../../server/src/db/atlasRepository.js';
import { createDriver } from '../../server/src/neo4j/driver.js';
import { applySchema, loadDatasetIntoNeo4j } from '../../server/src/seed/load.js';
import type { Dataset, Entity } from '../../server/src/domain/model.js';
import { SEED_DIR, SOURCES_DIR } from '../../server/src/seed/paths.js';
import { withSourceTexts } from '../../server/src/seed/sourceTexts.js';
import { loadDataset } from '../../server/src/seed/validate.js';

export function testDriver(): Driver {
  return createDriver({
    uri: inject('neo4jUri'),
    user: inject('neo4jUser'),
    password: inject('neo4jPassword') ?? undefined,
  });
}

let seedDataset: Dataset | null = null;
export function seedData(): Dataset {
  seedDataset ??= withSourceTexts(loadDataset(SEED_DIR, { sourcesDir: SOURCES_DIR }).dataset, SOURCES_DIR);
  return seedDataset;
}

/** Puts the database in the seed state (idempotent; other test files may have loaded other data). */
export async function loadSeed(driver: Driver): Promise<void> {
  await applySchema(driver);
  await loadDatasetIntoNeo4j(driver, seedData());
}

export function testRepository(driver: Driver, queryTimeoutMs = 10_000): AtlasRepository {
  return new AtlasRepository(driver, { queryTimeoutMs });
}

/** An undated test entity, to add to the seed; `fields` override any part (kind, type, name, dates …). */
export function testEntity(id: string, fields: Partial<Entity> = {}): Entity {
  return {
    id,
    kind: 'Actor',
    type: 'organisation',
    name: `Test ${id}`,
    nameJa: `試験 ${id}`,
    acronym: null,
    aliases: [],
    aliasesJa: [],
    description: 'A test entity.',
    descriptionJa: '試験用の実体。',
    place: null,
    placeJa: null,
    start: null,
    end: null,
    ...fields,
  };
}
