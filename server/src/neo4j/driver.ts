/** One driver per process, configured to fail fast when the database is away. */
import neo4j, { type Driver } from 'neo4j-driver';
import { DEFAULT_MAX_CONNECTIONS } from '../config.js';

export interface DriverTarget {
  uri: string;
  user?: string;
  password?: string;
  /** Connections held at most; requests beyond them wait for one (NEO4J_MAX_CONNECTIONS). */
  maxConnections?: number;
}

/**
 * How long a request waits for one of the pool's connections when all are busy: load beyond the
 * pool queues here, outside the database (whose query timeout counts from the start of a
 * transaction), rather than all at once inside it. A database that is away fails at connecting
 * (connectionTimeout), not here.
 */
const POOL_WAIT_MS = 15_000;

export function createDriver(target: DriverTarget): Driver {
  // No password: the local launcher's database, which runs with authentication off.
  const auth = target.password !== undefined ? neo4j.auth.basic(target.user ?? 'neo4j', target.password) : undefined;
  return neo4j.driver(target.uri, auth, {
    // The driver's defaults wait 60 s to connect and retry for 30 s; an API request should rather
    // say "unavailable" within a few seconds and let the client retry.
    connectionAcquisitionTimeout: POOL_WAIT_MS,
    connectionTimeout: 2000,
    maxTransactionRetryTime: 1000,
    maxConnectionPoolSize: target.maxConnections ?? DEFAULT_MAX_CONNECTIONS,
    disableLosslessIntegers: true,
    logging: { level: 'error', logger: () => undefined },
  });
}
