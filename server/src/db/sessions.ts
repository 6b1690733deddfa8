/**
 * Every session and transaction the server opens, in one place, so that the same code runs on one
 * Neo4j, a cluster or Aura through a routing (`neo4j://`, `neo4j+s://`) URI:
 *
 * - reads run in READ transactions, which a routing driver sends to secondaries (followers, read
 *   replicas); writes run in WRITE transactions, which go to the database's leader;
 * - a write returns the bookmarks of its transaction; a writer that passes them to its next reads
 *   (`readTransaction(..., { bookmarks })`, `AtlasRepository.readingAfter`) reads its own writes,
 *   on whichever member it lands; readers without bookmarks read what their member has;
 * - transient failures (a leader switch, a member restarting, a dropped connection) are retried
 *   here with a short backoff bounded by RETRY_BUDGET_MS, which suits a person waiting for an
 *   answer. The transactions are explicit (begin, work, commit), so the driver's own retry of
 *   executeRead/executeWrite (maxTransactionRetryTime: 30 s by default, its first pause 1 s) never
 *   adds to it. Transaction functions must be safe to run again.
 */
import neo4j, { ManagedTransaction, type Driver } from 'neo4j-driver';
import { translateDriverError } from './errors.js';

/** What a writer keeps after a write so that its next reads see it (opaque strings from Neo4j). */
export type Bookmarks = readonly string[];

/** Told about every session: for metrics, never for control flow. */
export interface SessionObserver {
  opened(): void;
  closed(): void;
  /** Milliseconds from opening the session until its transaction had a connection and began. */
  began(ms: number): void;
}

export interface SessionTarget {
  driver: Driver;
  database?: string;
  observer?: SessionObserver;
}

export interface TransactionOptions {
  /** Upper bound for the transaction, enforced by the database. */
  timeoutMs?: number;
  /** Bookmarks of writes this transaction must see. */
  bookmarks?: Bookmarks;
}

/** Pauses before the retries of a transient failure (each ±20 %); no retry starts past the budget. */
export const RETRY_DELAYS_MS = [50, 200, 500] as const;
/** The longest a failing transaction is retried for, from its first attempt. */
export const RETRY_BUDGET_MS = 2000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `attempt` again after transient failures, while the backoff fits the budget. */
async function withRetries<T>(attempt: () => Promise<T>): Promise<T> {
  const startedAt = Date.now();
  for (let retry = 0; ; retry++) {
    try {
      return await attempt();
    } catch (error) {
      const delay = RETRY_DELAYS_MS[retry];
      if (delay === undefined || !neo4j.isRetryableError(error)) throw error;
      const jittered = delay * (0.8 + Math.random() * 0.4);
      if (Date.now() - startedAt + jittered > RETRY_BUDGET_MS) throw error;
      await sleep(jittered);
    }
  }
}

async function inSession<T>(
  target: SessionTarget,
  mode: 'READ' | 'WRITE',
  work: (tx: ManagedTransaction) => Promise<T>,
  options: TransactionOptions,
): Promise<{ result: T; bookmarks: Bookmarks }> {
  const { driver, database, observer } = target;
  return withRetries(async () => {
    const session = driver.session({ database, defaultAccessMode: mode, bookmarks: [...(options.bookmarks ?? [])] });
    observer?.opened();
    const openedAt = performance.now();
    try {
      // Resolves once the session holds a connection (to a member of the right role) and BEGIN succeeded.
      const tx = await session.beginTransaction(
        options.timeoutMs === undefined ? undefined : { timeout: options.timeoutMs },
      );
      observer?.began(performance.now() - openedAt);
      try {
        const result = await work(ManagedTransaction.fromTransaction(tx));
        await tx.commit();
        return { result, bookmarks: await session.lastBookmarks() };
      } catch (error) {
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
        throw error;
      }
    } finally {
      await session.close();
      observer?.closed();
    }
  }).catch((error: unknown) => {
    throw translateDriverError(error);
  });
}

/** A read in a READ transaction (a secondary on a cluster), after the given bookmarks if any. */
export async function readTransaction<T>(
  target: SessionTarget,
  work: (tx: ManagedTransaction) => Promise<T>,
  options: TransactionOptions = {},
): Promise<T> {
  return (await inSession(target, 'READ', work, options)).result;
}

/**
 * A write in a WRITE transaction (the leader). Keep the returned bookmarks with the writer (its
 * session) and pass them to its next reads to read its own writes.
 */
export function writeTransaction<T>(
  target: SessionTarget,
  work: (tx: ManagedTransaction) => Promise<T>,
  options: TransactionOptions = {},
): Promise<{ result: T; bookmarks: Bookmarks }> {
  return inSession(target, 'WRITE', work, options);
}
