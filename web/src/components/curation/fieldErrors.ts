import type { ApiError } from '../../api/errors';

/**
 * The error if it is about this field (or one inside it: `newEntity` covers `newEntity.name`).
 * Fields are named inside the mutation's input; a leading `input.` from the server is dropped.
 */
export function errorFor(error: ApiError | null, field: string): ApiError | null {
  const at = error?.details.field?.replace(/^input\./, '') ?? null;
  return at !== null && (at === field || at.startsWith(`${field}.`) || at.startsWith(`${field}[`)) ? error : null;
}
