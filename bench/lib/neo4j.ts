/** A local Neo4j for a benchmark, with the schema applied: fresh and throwaway, or on a kept store. */
import type { Driver } from 'neo4j-driver';
import { startLocalNeo4j, type LocalNeo4j } from '../../server/src/neo4j/localNeo4j.js';
import { createDriver } from '../../server/src/neo4j/driver.js';
import { applySchema } from '../../server/src/seed/load.js';

/** More than the tests give it: the large graph's store and its indexes should fit in memory. */
const HEAP = '4g';
const PAGE_CACHE = '2g';

export interface BenchNeo4j {
  uri: string;
  version: string;
  pid: number;
  driver: Driver;
  write(query: string): Promise<void>;
  stop(): Promise<void>;
}

/** `dataDir`: a store kept between runs (bench/run.ts keeps the loaded M graph); without it a throwaway one. */
export async function startBenchNeo4j(dataDir?: string): Promise<BenchNeo4j> {
  const local: LocalNeo4j = await startLocalNeo4j({
    ...(dataDir === undefined ? { ephemeral: true } : { dataDir, ephemeral: false }),
    heap: HEAP,
    pageCache: PAGE_CACHE,
    log: () => {},
  });
  const driver = createDriver({ uri: local.uri });
  await applySchema(driver);
  return {
    uri: local.uri,
    version: local.version,
    pid: local.pid,
    driver,
    async write(query: string) {
      await driver.executeQuery(query);
    },
    async stop() {
      await driver.close();
      await local.stop();
    },
  };
}
