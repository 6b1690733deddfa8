/**
 * Everything the checks run against, started here and nowhere else: a local Neo4j with its own
 * data directory (so it can be killed and restarted on the same port and store), the seed data
 * loaded into it, and the API as a child process on a free loopback port.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { AtlasRepository, type GraphFingerprint } from '../../server/src/db/atlasRepository.js';
import { createDriver } from '../../server/src/neo4j/driver.js';
import { findFreePort, startLocalNeo4j, type LocalNeo4j } from '../../server/src/neo4j/localNeo4j.js';
import { applySchema, loadDatasetIntoNeo4j } from '../../server/src/seed/load.js';
import type { Dataset } from '../../server/src/domain/model.js';
import { SEED_DIR, SOURCES_DIR } from '../../server/src/seed/paths.js';
import { withSourceTexts } from '../../server/src/seed/sourceTexts.js';
import { loadDataset } from '../../server/src/seed/validate.js';
import { startApi, type ApiProcess } from './processes.js';

const NEO4J_HEAP = '1g';

export class ResilienceStack {
  private constructor(
    readonly workDir: string,
    readonly dataDir: string,
    public neo4j: LocalNeo4j,
    readonly driver: Driver,
    readonly repo: AtlasRepository,
    readonly seed: Dataset,
    readonly seedFingerprint: GraphFingerprint,
    readonly apiPort: number,
    public api: ApiProcess,
  ) {}

  /** Neo4j's own log lines, kept quiet unless start-up fails (then they are in the error). */
  private static readonly neo4jLog = (): void => undefined;

  static async start(): Promise<ResilienceStack> {
    const workDir = mkdtempSync(path.join(tmpdir(), 'atlas-resilience-'));
    const dataDir = path.join(workDir, 'neo4j');
    let neo4j: LocalNeo4j | undefined;
    let driver: Driver | undefined;
    try {
      neo4j = await startLocalNeo4j({ dataDir, ephemeral: false, heap: NEO4J_HEAP, log: ResilienceStack.neo4jLog });
      driver = createDriver({ uri: neo4j.uri });
      const repo = new AtlasRepository(driver, { queryTimeoutMs: 30_000 });
      // With the source texts, as `npm run seed` loads it, so a seed command's load equals this one.
      const seed = withSourceTexts(loadDataset(SEED_DIR, { sourcesDir: SOURCES_DIR }).dataset, SOURCES_DIR);
      await applySchema(driver);
      await loadDatasetIntoNeo4j(driver, seed);
      const seedFingerprint = await repo.fingerprint();
      const apiPort = await findFreePort();
      const api = await startApi(neo4j.uri, apiPort);
      return new ResilienceStack(workDir, dataDir, neo4j, driver, repo, seed, seedFingerprint, apiPort, api);
    } catch (error) {
      await driver?.close();
      await neo4j?.stop();
      rmSync(workDir, { recursive: true, force: true });
      throw error;
    }
  }

  get url(): string {
    return this.api.url;
  }

  /** Starts Neo4j again on the same port and store (after a kill); resolves once Bolt answers. */
  async restartNeo4j(): Promise<void> {
    this.neo4j = await startLocalNeo4j({
      dataDir: this.dataDir,
      ephemeral: false,
      heap: NEO4J_HEAP,
      port: this.neo4j.port,
      log: ResilienceStack.neo4jLog,
    });
  }

  /** Starts the API again on the same port (after a kill). */
  async restartApi(): Promise<void> {
    this.api = await startApi(this.neo4j.uri, this.apiPort);
  }

  async load(dataset: Dataset): Promise<GraphFingerprint> {
    await loadDatasetIntoNeo4j(this.driver, dataset);
    return this.repo.fingerprint();
  }

  /** Puts the seed back if something changed the graph; says whether it had to. */
  async restoreSeed(): Promise<boolean> {
    const now = await this.repo.fingerprint();
    if (now.checksum === this.seedFingerprint.checksum) return false;
    await this.load(this.seed);
    return true;
  }

  async close(): Promise<void> {
    await this.api.stop().catch(() => undefined);
    await this.driver.close().catch(() => undefined);
    await this.neo4j.stop().catch(() => undefined);
    rmSync(this.workDir, { recursive: true, force: true });
  }
}
