import { RELATION_ENDS, type EntityKind, type RelationType } from '../../domain/vocabulary.js';

/** What is wrong with a relation's ends for its type (seed/README.md's from → to column), by field. */
export function relationEndProblems(
  type: RelationType,
  from: { id: string; kind: EntityKind },
  to: { id: string; kind: EntityKind },
): { field: 'from' | 'to'; message: string }[] {
  const problems: { field: 'from' | 'to'; message: string }[] = [];
  for (const [field, end] of [
    ['from', from],
    ['to', to],
  ] as const) {
    const allowed = RELATION_ENDS[type][field];
    if (!allowed.includes(end.kind))
      problems.push({
        field,
        message: `${type} runs ${field} ${allowed.join('/')}, but "${end.id}" is an ${end.kind}`,
      });
  }
  return problems;
}
