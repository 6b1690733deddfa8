/**
 * Every session and transaction the server opens, in one place, so that the same code runs on one
 * Neo4j, a cluster or Aura through a routing (`neo4j://`, `neo4j+s://`) URI:
 *
 * - reads run in READ transactions, which a routing driver sends to secondaries (followers, read
 *   replicas); writes run in WRITE transactions, which go to the database's leader;
 * - a write returns the bookmarks of its transaction; a writer that passes them to its next reads
 *   (`readTransaction(..., { bookmarks })`, `AtlasRepository.readingAfter`) reads its own writes,
 *   on whichever member it lands; readers without bookmarks read what their member has. A
 *   signed-in session keeps its writes' bookmarks on its (:Session) node (SessionBookmarks,
 *   CurationRepository.forSession), so its reads wait for them through any API process;
 * - a read that must see every committed write and has no bookmarks to say which (who is this
 *   session cookie?, when the session was made a moment ago through another API process) runs on
 *   the leader (leaderRead): the leader has applied every committed transaction;
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

/** READ: a secondary on a cluster; WRITE: the leader. */
export type AccessMode = 'READ' | 'WRITE';

/**
 * Bookmarks known only when a read needs them (SessionBookmarks: a signed-in session's, read
 * with its session), or given as they are.
 */
export interface BookmarkSource {
  current(): Promise<Bookmarks>;
}

/** Told about every session: for metrics, never for control flow. */
export interface SessionObserver {
  /** A session was opened in `mode`, waiting for bookmarks (`bookmarked`) or not. */
  opened(session: { mode: AccessMode; bookmarked: boolean }): void;
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
  bookmarks?: Bookmarks | BookmarkSource;
}

/**
 * A signed-in session's bookmarks during one request: those its (:Session) node holds from its
 * earlier writes (`stored`, read when a read first needs them), then those of each write the
 * request makes, so that a mutation's own answer already reads what it wrote.
 */
export class SessionBookmarks implements BookmarkSource {
  private known: Promise<Bookmarks> | null = null;

  constructor(private readonly stored: () => Promise<Bookmarks>) {}

  current(): Promise<Bookmarks> {
    return (this.known ??= this.stored());
  }

  /** After a write: on one database its bookmark stands for every earlier transaction too. */
  wrote(bookmarks: Bookmarks): void {
    this.known = Promise.resolve(bookmarks);
  }

  /** The database refused them as bookmarks: the rest of the request reads without them. */
  refused(): void {
    this.known = Promise.resolve([]);
  }
}

/** The database could not parse the bookmarks it was given (they are opaque: it alone can tell). */
const isInvalidBookmark = (error: unknown) =>
  /^Neo\.ClientError\.Transaction\.InvalidBookmark/.test(String((error as { code?: unknown })?.code));

const bookmarksOf = async (given: Bookmarks | BookmarkSource | undefined): Promise<Bookmarks> =>
  given === undefined ? [] : 'current' in given ? given.current() : given;

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
  mode: AccessMode,
  work: (tx: ManagedTransaction) => Promise<T>,
  options: TransactionOptions,
): Promise<{ result: T; bookmarks: Bookmarks }> {
  const { driver, database, observer } = target;
  return withRetries(async () => {
    const bookmarks = [...(await bookmarksOf(options.bookmarks))];
    const session = driver.session({ database, defaultAccessMode: mode, bookmarks });
    observer?.opened({ mode, bookmarked: bookmarks.length > 0 });
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
    // A session's kept bookmarks that the database cannot parse (its node edited by hand, or
    // written by another Neo4j): the session reads as if it had written nothing, rather than not
    // at all; its next write replaces them. Once more only: without bookmarks none is refused.
    const { bookmarks } = options;
    if (bookmarks instanceof SessionBookmarks && isInvalidBookmark(error)) {
      bookmarks.refused();
      return inSession(target, mode, work, options);
    }
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
 * A read on the leader (a WRITE-mode session running only reads): it sees every committed write
 * without bookmarks, at the price of the leader's time; for the few reads that need that.
 */
export async function leaderRead<T>(
  target: SessionTarget,
  work: (tx: ManagedTransaction) => Promise<T>,
  options: Omit<TransactionOptions, 'bookmarks'> = {},
): Promise<T> {
  return (await inSession(target, 'WRITE', work, options)).result;
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
