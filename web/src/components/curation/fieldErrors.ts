import type { ApiError } from '../../api/errors';

/**
 * What a refused write says is wrong with this field (or one inside it: `newEntity` covers
 * `newEntity.name`); null when nothing. Fields are named inside the mutation's input; a leading
 * `input.` from the server is dropped.
 */
export function problemFor(error: ApiError | null, field: string): string | null {
  const problem = error?.details.problems.find(({ field: named }) => {
    const at = named.replace(/^input\./, '');
    return at === field || at.startsWith(`${field}.`) || at.startsWith(`${field}[`);
  });
  return problem?.message ?? null;
}
