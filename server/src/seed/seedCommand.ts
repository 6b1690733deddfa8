/** `npm run seed`: apply the schema and load the validated dataset into the configured Neo4j. */
import { readConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { connectNeo4j } from '../neo4j/connect.js';
import { applySchema, loadDatasetIntoNeo4j } from './load.js';
import type { Dataset } from '../domain/model.js';

export async function runSeedCommand(dataset: Dataset): Promise<void> {
  const config = readConfig();
  const log = createLogger(config.LOG_LEVEL, { component: 'seed' });
  const connection = await connectNeo4j(config, log);
  try {
    await applySchema(connection.driver, connection.database);
    const startedAt = Date.now();
    const summary = await loadDatasetIntoNeo4j(connection.driver, dataset, {
      database: connection.database,
      onProgress: (step, done, total) => log.info(`loading ${step}`, { done, total }),
    });
    log.info('seed loaded', {
      ...summary.rows,
      transactions: summary.transactions,
      firstLoad: summary.firstLoad,
      ms: Date.now() - startedAt,
    });
  } finally {
    await connection.close();
  }
}
