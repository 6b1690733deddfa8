/**
 * The real app (startAtlas) in its own process, so its memory can be read from /proc: prints
 * `READY <port>` once listening on 127.0.0.1, stops cleanly on SIGTERM.
 *
 * Usage: tsx bench/api/appServer.ts <neo4j-uri> <auto|always|never>
 */
import { startAtlas } from '../../server/src/atlas.js';
import { readConfig } from '../../server/src/config.js';
import { createLogger } from '../../server/src/logger.js';

const [uri = '', seedOnStart = 'never'] = process.argv.slice(2);
const config = readConfig({
  NEO4J_URI: uri,
  PORT: '0',
  HOST: '127.0.0.1',
  SEED_ON_START: seedOnStart,
  LOG_LEVEL: 'warn',
  // The bench turns the response cache off (0) to measure cold answers.
  RESPONSE_CACHE_MB: process.env.RESPONSE_CACHE_MB,
});
const atlas = await startAtlas(
  config,
  createLogger('warn', { component: 'bench-app' }, (line) => process.stderr.write(`${line}\n`)),
);
process.stdout.write(`READY ${atlas.port}\n`);
process.once('SIGTERM', () => void atlas.stop().then(() => process.exit(0)));
