/** One driver per process, configured to fail fast when the database is away. */
import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverTarget {
  uri: string;
  user?: string;
  password?: string;
}

export function createDriver(target: DriverTarget): Driver {
  // No password: the local launcher's database, which runs with authentication off.
  const auth = target.password !== undefined ? neo4j.auth.basic(target.user ?? 'neo4j', target.password) : undefined;
  return neo4j.driver(target.uri, auth, {
    // The driver's defaults wait up to 60 s for a connection and retry for 30 s; an API request
    // should rather say "unavailable" within a few seconds and let the client retry.
    connectionAcquisitionTimeout: 3000,
    connectionTimeout: 2000,
    maxTransactionRetryTime: 1000,
    maxConnectionPoolSize: 64,
    disableLosslessIntegers: true,
    logging: { level: 'error', logger: () => undefined },
  });
}
