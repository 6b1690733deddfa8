/** An entity's kind, id prefix and type against the vocabulary: the same for seed entries and curated entities. */
import { ENTITY_TYPES, ID_PREFIX, isEntityKind } from '../../domain/vocabulary.js';

export function entityKindProblems(e: {
  id: string;
  kind: string;
  type: string;
}): { field: string; message: string }[] {
  if (!isEntityKind(e.kind)) return [{ field: 'kind', message: `unknown kind "${e.kind}"` }];
  const problems: { field: string; message: string }[] = [];
  if (!e.id.startsWith(`${ID_PREFIX[e.kind]}:`))
    problems.push({ field: 'id', message: `a ${e.kind} id must start with "${ID_PREFIX[e.kind]}:"` });
  if (!ENTITY_TYPES[e.kind].includes(e.type))
    problems.push({
      field: 'type',
      message: `"${e.type}" is not a ${e.kind} type (${ENTITY_TYPES[e.kind].join(', ')})`,
    });
  return problems;
}
