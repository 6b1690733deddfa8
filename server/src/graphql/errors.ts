/**
 * Errors as the client sees them: every error carries one of the SDL's `enum ErrorCode` values in
 * `extensions.code`. ERRORS is the one table from the lower layers' error types to a code, and
 * from each code to its HTTP status; anything that is not in it is an internal error, logged in
 * full with the request id and masked for the client.
 */
import { GraphQLError } from 'graphql';
import { AuthenticationError, CurationInputError, ForbiddenError, RateLimitedError } from '../curation/errors.js';
import { CurationConflictError, DatabaseUnavailableError, QueryTimeoutError } from '../db/errors.js';
import type { ErrorCode } from './generated.js';

export type { ErrorCode };

interface ErrorKind {
  /** The HTTP status an answer carrying this error gets; null leaves it to Apollo (200 or 400). */
  status: number | null;
  /** The condition passes: the answer says when to retry (Retry-After, seconds). */
  retryAfterSeconds?: number;
  /**
   * The error type of a lower layer that stands for this code, and what the client is told: a
   * fixed message, or (none given) the error's own, which then says only what the client may know;
   * `extensions` adds what the client needs to act on it.
   */
  raisedAs?: {
    type: new (...args: never[]) => Error;
    message?: string;
    extensions?: (error: never) => Record<string, unknown>;
  };
}

export const ERRORS: Record<ErrorCode, ErrorKind> = {
  BAD_USER_INPUT: {
    status: 400,
    // Curation input: every problem, the first one's field as `field` (e.g. "claim.lineEnd").
    raisedAs: {
      type: CurationInputError,
      extensions: (e: CurationInputError) => ({ field: e.problems[0]?.field, problems: e.problems }),
    },
  },
  NOT_FOUND: { status: null },
  // The database being away is the server's condition, not the client's mistake: 503, so clients
  // and proxies know to retry.
  UNAVAILABLE: {
    status: 503,
    retryAfterSeconds: 5,
    raisedAs: { type: DatabaseUnavailableError, message: 'The graph database is unavailable; retry in a few seconds.' },
  },
  TIMEOUT: {
    status: 503,
    retryAfterSeconds: 5,
    raisedAs: {
      type: QueryTimeoutError,
      message: 'The query took too long and was stopped; narrow it (fewer hops, a relation type filter).',
    },
  },
  INTERNAL_SERVER_ERROR: { status: 500 },
  // Apollo Server assigns these (and their statuses) itself for requests it refuses.
  GRAPHQL_PARSE_FAILED: { status: null },
  GRAPHQL_VALIDATION_FAILED: { status: null },
  BAD_REQUEST: { status: null },
  PERSISTED_QUERY_NOT_FOUND: { status: null },
  PERSISTED_QUERY_NOT_SUPPORTED: { status: null },
  OPERATION_RESOLUTION_FAILURE: { status: null },
  // Curation (issue #17): the write API's refusals, each with the status a client expects.
  UNAUTHENTICATED: { status: 401, raisedAs: { type: AuthenticationError } },
  FORBIDDEN: { status: 403, raisedAs: { type: ForbiddenError } },
  CONFLICT: {
    status: 409,
    raisedAs: { type: CurationConflictError, extensions: (e: CurationConflictError) => ({ current: e.current }) },
  },
  RATE_LIMITED: { status: 429, retryAfterSeconds: 900, raisedAs: { type: RateLimitedError } },
};

export const ERROR_CODES = Object.keys(ERRORS) as ErrorCode[];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERRORS, value);
}

/** Codes a client may see as they are; INTERNAL_SERVER_ERROR is always masked. */
export function isPublicCode(value: unknown): value is ErrorCode {
  return isErrorCode(value) && value !== 'INTERNAL_SERVER_ERROR';
}

function httpOf(code: ErrorCode) {
  const { status, retryAfterSeconds } = ERRORS[code];
  if (status === null) return {};
  const headers = new Map(retryAfterSeconds ? [['retry-after', String(retryAfterSeconds)]] : []);
  return { http: { status, headers } };
}

export function atlasError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra, ...httpOf(code) } });
}

export const badInput = (message: string, argument?: string) =>
  atlasError('BAD_USER_INPUT', message, argument ? { argument } : {});

/**
 * An execution error as the client should get it: one whose cause is a typed error of ERRORS gets
 * that code, message and HTTP status (at its place in the answer); any other is left as it is.
 */
export function translateError(error: GraphQLError): GraphQLError {
  const cause = error.originalError;
  if (!cause || cause instanceof GraphQLError) return error;
  for (const [code, kind] of Object.entries(ERRORS) as [ErrorCode, ErrorKind][])
    if (kind.raisedAs && cause instanceof kind.raisedAs.type) {
      const extra = kind.raisedAs.extensions?.(cause as never) ?? {};
      const translated = new GraphQLError(kind.raisedAs.message ?? cause.message, {
        nodes: error.nodes,
        path: error.path,
        originalError: cause,
        extensions: { code, ...extra, ...httpOf(code) },
      });
      return Object.assign(translated, { locations: error.locations });
    }
  return error;
}
