/**
 * Why a curation request is refused, as types; the GraphQL layer gives each its code
 * (graphql/curationResolvers.ts). A stale write is db/errors.ts's CurationConflictError.
 */

/** One invalid input field, named as the API's input names it (e.g. "claim.lineEnd"). */
export interface FieldProblem {
  field: string;
  message: string;
}

export class CurationInputError extends Error {
  constructor(readonly problems: FieldProblem[]) {
    super(problems.map((p) => `${p.field}: ${p.message}`).join('; '));
    this.name = 'CurationInputError';
  }
}

export const inputError = (field: string, message: string) => new CurationInputError([{ field, message }]);

/** No valid session, or wrong credentials. */
export class AuthenticationError extends Error {
  override name = 'AuthenticationError';
}

/** Signed in, but the role does not allow it. */
export class ForbiddenError extends Error {
  override name = 'ForbiddenError';
}

/** Too many failed sign-ins for the account or the address. */
export class RateLimitedError extends Error {
  override name = 'RateLimitedError';
}
