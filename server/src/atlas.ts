/**
 * Starts the whole back end: Neo4j (given or local), schema, seed data when needed, GraphQL and
 * the web app on one port. Used by `npm start` and by the tests, which start it for real.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Config } from './config.js';
import { AtlasRepository } from './db/atlasRepository.js';
import { CurationRepository } from './db/curationRepository.js';
import { CurationService } from './curation/service.js';
import { createApolloServer } from './graphql/server.js';
import { createApp } from './http/app.js';
import type { Logger } from './logger.js';
import { connectNeo4j, type Neo4jConnection } from './neo4j/connect.js';
import { applySchema, loadDatasetIntoNeo4j } from './seed/load.js';
import { SEED_DIR, sourcesDir } from './seed/paths.js';
import { withSourceTexts } from './seed/sourceTexts.js';
import { summarize } from './seed/summary.js';
import { loadDataset } from './seed/validate.js';

export interface RunningAtlas {
  url: string;
  port: number;
  connection: Neo4jConnection;
  repo: AtlasRepository;
  stop(): Promise<void>;
}

export async function startAtlas(config: Config, log: Logger, connection?: Neo4jConnection): Promise<RunningAtlas> {
  const neo4j = connection ?? (await connectNeo4j(config, log));
  const ownsConnection = connection === undefined;
  let initialised = false;
  try {
    const repo = new AtlasRepository(neo4j.driver, {
      database: neo4j.database,
      queryTimeoutMs: config.QUERY_TIMEOUT_MS,
    });
    await applySchema(neo4j.driver, neo4j.database);
    const empty = !(await repo.hasEntities());
    if (config.SEED_ON_START === 'always' || (config.SEED_ON_START === 'auto' && empty)) {
      const sources = sourcesDir(config.ATLAS_SOURCES_DIR);
      const dataset = withSourceTexts(loadDataset(SEED_DIR, { sourcesDir: sources }).dataset, sources);
      const startedAt = Date.now();
      await loadDatasetIntoNeo4j(neo4j.driver, dataset, { database: neo4j.database });
      log.info('seed data loaded', { ms: Date.now() - startedAt, summary: summarize(dataset).split('\n') });
    }
    initialised = true;

    const apollo = createApolloServer({ introspection: config.GRAPHQL_INTROSPECTION, log });
    await apollo.start();
    const curation = new CurationService(
      new CurationRepository(neo4j.driver, { database: neo4j.database, queryTimeoutMs: config.QUERY_TIMEOUT_MS }),
      repo,
    );
    const app = createApp({
      apollo,
      repo,
      curation,
      trustProxy: config.TRUST_PROXY,
      log,
      corsOrigins: config.CORS_ORIGINS,
      isInitialised: () => initialised,
    });
    const server: Server = await new Promise((resolve, reject) => {
      const s = app.listen(config.PORT, config.HOST, () => resolve(s));
      s.once('error', reject);
    });
    const port = (server.address() as AddressInfo).port;
    const url = `http://localhost:${port}/`;
    return {
      url,
      port,
      connection: neo4j,
      repo,
      async stop() {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await apollo.stop();
        if (ownsConnection) await neo4j.close();
      },
    };
  } catch (error) {
    if (ownsConnection) await neo4j.close();
    throw error;
  }
}
