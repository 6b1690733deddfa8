/** `npm start`: the explorer on the seed data, at the printed URL. Ctrl-C stops Neo4j too. */
import { startAtlas } from './atlas.js';
import { ConfigError, readConfig } from './config.js';
import { createLogger } from './logger.js';

async function main() {
  let config;
  try {
    config = readConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const log = createLogger(config.LOG_LEVEL, { component: 'atlas' });
  let atlas;
  try {
    atlas = await startAtlas(config, log);
  } catch (error) {
    log.error('start-up failed', { error });
    console.error(`\nAlliance Atlas could not start: ${(error as Error).message}`);
    process.exit(1);
  }
  console.log(`\nAlliance Atlas is ready: ${atlas.url}  (GraphQL: ${atlas.url}graphql)\n`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('shutting down', { signal });
    await atlas.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

void main();
