/**
 * What can go wrong talking to the API. The server puts one of ERROR_CODES in every error's
 * `extensions.code` (the GraphQL enum ErrorCode; tests/unit/shared/errorCodes.test.ts holds the two
 * lists equal); the interface translates the code, so the server's English message is only a detail.
 */

export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAVAILABLE',
  'TIMEOUT',
  'INTERNAL_SERVER_ERROR',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
  'RATE_LIMITED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Codes for a condition that passes (the database away, a slow query): asking again may work. */
export const RETRYABLE_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['UNAVAILABLE', 'TIMEOUT']);

export const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);

/** One invalid input field of a refused write, named as the mutation's input names it. */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * `unreachable`: no answer at all (network down, a 5xx that is not GraphQL); `rejected`: the API
 * answered with errors, `code` saying which kind (null when it named none we know).
 */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly reason: 'unreachable' | 'rejected',
    readonly code: ErrorCode | null = null,
    /** The server's id for the request, to quote when reporting a problem. */
    readonly requestId: string | null = null,
    /**
     * What a refused write says besides its code: the input fields at fault (`claim.lineEnd`),
     * each with what is wrong, for a form to mark; for CONFLICT, the current state of what was edited.
     */
    readonly details: { problems: readonly FieldProblem[]; current: unknown } = { problems: [], current: null },
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Whether the same request may succeed later. */
  get retryable(): boolean {
    return this.reason === 'unreachable' || (this.code !== null && RETRYABLE_CODES.has(this.code));
  }
}

/** Any failure as an ApiError; something that is not one means no usable answer came. */
export const asApiError = (failure: unknown): ApiError =>
  failure instanceof ApiError ? failure : new ApiError(String(failure), 'unreachable');
