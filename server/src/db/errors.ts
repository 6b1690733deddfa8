/**
 * What can go wrong below the API, as types: data access turns the driver's failures into these
 * where they arise, so that the layers above never read driver error codes.
 */

/** The database cannot be reached right now (down, restarting, no connection to be had). */
export class DatabaseUnavailableError extends Error {
  constructor(cause: unknown) {
    super('the graph database is unavailable', { cause });
    this.name = 'DatabaseUnavailableError';
  }
}

/** A query ran past its time limit and the database stopped it. */
export class QueryTimeoutError extends Error {
  constructor(cause: unknown) {
    super('the query ran past its time limit', { cause });
    this.name = 'QueryTimeoutError';
  }
}

/** Neo4j driver errors that mean "the database is not reachable right now". */
const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  // The member did not catch up with the bookmarks a read waits for within the server's
  // db.transaction.bookmark_ready_timeout: it lags, as good as unavailable for that reader.
  'Neo.TransientError.Transaction.BookmarkTimeout',
]);
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.LockClientStopped',
]);

/** The typed error a driver failure stands for, or the failure itself when it is none of them (a bug). */
export function translateDriverError(error: unknown): unknown {
  const code = (error as { code?: unknown })?.code;
  if (typeof code !== 'string') return error;
  // The pool's "connection acquisition timed out" and similar come without a Neo4j code.
  if (UNAVAILABLE_CODES.has(code) || (code === 'N/A' && /connection|acquisition/i.test((error as Error).message ?? '')))
    return new DatabaseUnavailableError(error);
  if (TIMEOUT_CODES.has(code)) return new QueryTimeoutError(error);
  return error;
}

/** A curation write refused because what it changes changed first: `current` is the state now. */
export class CurationConflictError extends Error {
  constructor(
    message: string,
    readonly current: unknown,
  ) {
    super(message);
    this.name = 'CurationConflictError';
  }
}

/** Whether a driver failure is a uniqueness constraint refusing a duplicate (an email, an id). */
export function isConstraintViolation(error: unknown): boolean {
  return (error as { code?: unknown })?.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';
}
