/**
 * Cluster-ready data access on the real Neo4j through a routing URI (neo4j://): a writer that
 * keeps its write's bookmarks reads its own write; transient failures are retried within the
 * UI's budget and unreachable databases are reported within it.
 */
import { Neo4jError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cypher } from '../../server/src/db/cypherFiles.js';
import { DatabaseUnavailableError } from '../../server/src/db/errors.js';
import { RETRY_BUDGET_MS, readTransaction, type SessionObserver } from '../../server/src/db/sessions.js';
import { createDriver } from '../../server/src/neo4j/driver.js';
import { findFreePort } from '../../server/src/neo4j/localNeo4j.js';
import { loadDatasetIntoNeo4j } from '../../server/src/seed/load.js';
import { loadSeed, routingUri, seedData, testDriver, testEntity, testRepository } from '../support/db.js';

let driver: Driver;
beforeAll(async () => {
  driver = testDriver(routingUri(inject('neo4jUri')));
  await loadSeed(driver);
});
afterAll(async () => {
  await loadSeed(driver);
  await driver.close();
});

const ping = async (tx: ManagedTransaction) => (await tx.run(cypher('queries/ping'))).records[0]?.get('ready');

/** Counts sessions and transactions begun. */
function countingObserver() {
  const counts = { opened: 0, closed: 0, began: 0 };
  const observer: SessionObserver = {
    opened: () => counts.opened++,
    closed: () => counts.closed++,
    began: () => counts.began++,
  };
  return { counts, observer };
}

describe('read-your-writes through a routing URI', () => {
  it('a write returns bookmarks, and reads made after them see the write', async () => {
    const added = testEntity('actor:read-your-writes');
    const summary = await loadDatasetIntoNeo4j(driver, { ...seedData(), entities: [...seedData().entities, added] });
    expect(summary.bookmarks.length).toBeGreaterThan(0);
    const [entity] = await testRepository(driver).readingAfter(summary.bookmarks).entitiesById([added.id]);
    expect(entity?.id).toBe(added.id);
    expect(entity?.name).toBe(added.name);
  });
});

describe('transient failures', () => {
  it('are retried: a transaction that hits one succeeds on its next attempt', async () => {
    const { counts, observer } = countingObserver();
    let attempts = 0;
    const answer = await readTransaction({ driver, observer }, async (tx) => {
      attempts++;
      if (attempts === 1)
        throw new Neo4jError(
          'deadlock (simulated)',
          'Neo.TransientError.Transaction.DeadlockDetected',
          '50N42',
          'error: general processing exception - unexpected error',
        );
      return ping(tx);
    });
    expect(answer).toBe(true);
    expect(attempts).toBe(2);
    expect(counts).toEqual({ opened: 2, closed: 2, began: 2 });
  });

  it('are not retried when they are not transient', async () => {
    let attempts = 0;
    await expect(
      readTransaction({ driver }, async (tx) => {
        attempts++;
        // A query file without its parameter: the database refuses it, and trying again cannot help.
        return tx.run(cypher('queries/entities-by-id'));
      }),
    ).rejects.toThrow(/ids/i);
    expect(attempts).toBe(1);
  });

  it('an unreachable database is reported as unavailable within the retry budget', async () => {
    const nobody = createDriver({ uri: `neo4j://127.0.0.1:${await findFreePort()}` });
    const { counts, observer } = countingObserver();
    const startedAt = Date.now();
    try {
      const error = await readTransaction({ driver: nobody, observer }, ping).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DatabaseUnavailableError);
    } finally {
      await nobody.close();
    }
    // Retried (more than one session), yet answered within the budget plus the last attempt.
    expect(counts.opened).toBeGreaterThan(1);
    expect(counts.began).toBe(0);
    expect(Date.now() - startedAt).toBeLessThan(RETRY_BUDGET_MS + 1000);
  });
});
