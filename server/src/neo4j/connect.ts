/**
 * The one way the app and the seed command reach Neo4j: the database named by NEO4J_URI, or else a
 * local Neo4j started from the embedded launcher (launcher/).
 */
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { createDriver } from './driver.js';
import { ensureLauncherBuilt, startLocalNeo4j, type LocalNeo4j } from './localNeo4j.js';

export interface Neo4jConnection {
  driver: Driver;
  uri: string;
  database: string | undefined;
  /** The local database this process started, if it started one. */
  local: LocalNeo4j | null;
  close(): Promise<void>;
}

export async function connectNeo4j(config: Config, log: Logger): Promise<Neo4jConnection> {
  let local: LocalNeo4j | null = null;
  let uri = config.NEO4J_URI;
  if (!uri) {
    log.info('NEO4J_URI is not set: starting the local Neo4j', { dataDir: config.LOCAL_NEO4J_DATA_DIR });
    await ensureLauncherBuilt((msg) => log.info(msg));
    const startedAt = Date.now();
    local = await startLocalNeo4j({
      port: config.LOCAL_NEO4J_PORT,
      dataDir: config.LOCAL_NEO4J_DATA_DIR,
      heap: config.LOCAL_NEO4J_HEAP,
      log: (msg) => log.info(msg),
    });
    uri = local.uri;
    log.info('local Neo4j ready', { uri, version: local.version, ms: Date.now() - startedAt });
  }
  const driver = createDriver({
    uri,
    user: config.NEO4J_USER,
    password: local ? undefined : config.NEO4J_PASSWORD,
  });
  try {
    const info = await driver.getServerInfo();
    log.info('connected to Neo4j', { uri, agent: info.agent, protocol: info.protocolVersion });
  } catch (error) {
    await driver.close();
    await local?.stop();
    throw new Error(`Cannot reach Neo4j at ${uri}: ${(error as Error).message}`);
  }
  return {
    driver,
    uri,
    database: config.NEO4J_DATABASE,
    local,
    async close() {
      await driver.close();
      await local?.stop();
    },
  };
}
