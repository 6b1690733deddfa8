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

/** The same database through a routing URI (neo4j://), as a cluster or Aura is reached. */
export function routingUri(uri: string): string {
  return uri.replace(/^bolt(\+s|\+ssc)?:\/\//, 'neo4j$1://');
}

/**
 * The test database's URI; with ATLAS_TEST_ROUTING set, its routing form (apiOverRouting.test.ts
 * runs the API's read tests so).
 */
export function testNeo4jUri(): string {
  const uri = inject('neo4jUri');
  return process.env.ATLAS_TEST_ROUTING ? routingUri(uri) : uri;
}

export function testDriver(uri = inject('neo4jUri')): Driver {
  return createDriver({
    uri,
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
