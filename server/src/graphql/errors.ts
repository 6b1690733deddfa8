/**
 * Every error a client can see carries one of these codes in `extensions.code`. Anything else is
 * an internal error: logged in full with the request id, masked for the client.
 */
import { GraphQLError } from 'graphql';

export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAVAILABLE: 'UNAVAILABLE',
  TIMEOUT: 'TIMEOUT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Codes Apollo Server itself assigns for requests it refuses; safe to show as they are. */
export const APOLLO_CLIENT_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  UNAVAILABLE: 503,
  TIMEOUT: 503,
};

export function atlasError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  const status = HTTP_STATUS[code];
  return new GraphQLError(message, {
    extensions: { code, ...extra, ...(status ? { http: { status } } : {}) },
  });
}

export const badInput = (message: string, argument?: string) =>
  atlasError(ErrorCode.BAD_USER_INPUT, message, argument ? { argument } : {});

/** Neo4j driver errors that mean "the database is not reachable right now". */
const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.LockClientStopped',
]);

/** Maps an error thrown by data access to what the client should see, or null if internal. */
export function classifyDatabaseError(error: unknown): GraphQLError | null {
  const code = (error as { code?: unknown })?.code;
  if (typeof code !== 'string') return null;
  if (UNAVAILABLE_CODES.has(code) || (/connection|acquisition/i.test((error as Error).message ?? '') && code === 'N/A'))
    return atlasError(ErrorCode.UNAVAILABLE, 'The graph database is unavailable; retry in a few seconds.');
  if (TIMEOUT_CODES.has(code))
    return atlasError(
      ErrorCode.TIMEOUT,
      'The query took too long and was stopped; narrow it (fewer hops, a relation type filter).',
    );
  return null;
}
