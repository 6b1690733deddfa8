/**
 * Descriptions: each entity says something of its own (no two share a description) and rests on
 * at least one claim about it, so a reader can check it against a source.
 */

export interface DescribedEntity {
  id: string;
  file: string;
  entry: string;
  description: string;
  descriptionJa: string;
  /** How many claims support the entity: its facts' claims and the claims of its relations. */
  claimCount: number;
}

export interface DescriptionProblem {
  file: string;
  entry: string;
  field: string;
  message: string;
}

export function descriptionProblems(entities: readonly DescribedEntity[]): DescriptionProblem[] {
  const problems: DescriptionProblem[] = [];
  for (const field of ['description', 'descriptionJa'] as const) {
    const first = new Map<string, DescribedEntity>();
    for (const entity of entities) {
      const key = entity[field].trim();
      const earlier = first.get(key);
      if (earlier)
        problems.push({
          file: entity.file,
          entry: entity.entry,
          field,
          message: `is the same as the ${field} of ${earlier.id}; say what is particular to this one`,
        });
      else first.set(key, entity);
    }
  }
  for (const entity of entities)
    if (entity.claimCount === 0)
      problems.push({
        file: entity.file,
        entry: entity.entry,
        field: 'description',
        message: 'no claim supports it; cite a passage about this entity (a fact or a relation)',
      });
  return problems;
}
