/**
 * Names people search for must lead to one entity: an alias or acronym that is another entity's
 * name, alias or acronym is an error unless both entities list it under `sharedNames`. A list whose
 * items look like one name split at its commas (YAML's `[A, B, C]`) is a warning.
 */

export interface NamedEntity {
  id: string;
  file: string;
  entry: string;
  name: string;
  nameJa: string;
  acronym: string | null;
  aliases: readonly string[];
  aliasesJa: readonly string[];
  description: string;
  descriptionJa: string;
  /** Names this entity knowingly shares with another (e.g. an acronym used by two bodies). */
  sharedNames: readonly string[];
}

export interface NameProblem {
  file: string;
  entry: string;
  field: string;
  message: string;
}

/** Case, width and spacing do not make two names different to a person searching. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

type NameField = 'name' | 'nameJa' | 'acronym' | 'aliases' | 'aliasesJa';

function namesOf(entity: NamedEntity): { field: NameField; value: string }[] {
  const out: { field: NameField; value: string }[] = [
    { field: 'name', value: entity.name },
    { field: 'nameJa', value: entity.nameJa },
  ];
  if (entity.acronym) out.push({ field: 'acronym', value: entity.acronym });
  for (const value of entity.aliases) out.push({ field: 'aliases', value });
  for (const value of entity.aliasesJa) out.push({ field: 'aliasesJa', value });
  return out;
}

/** Aliases and acronyms equal to another entity's name, alias or acronym, not marked shared by both. */
export function nameCollisions(entities: readonly NamedEntity[]): NameProblem[] {
  const owners = new Map<string, { entity: NamedEntity; field: NameField }[]>();
  for (const entity of entities)
    for (const { field, value } of namesOf(entity)) {
      const key = nameKey(value);
      const list = owners.get(key) ?? [];
      if (!list.some((o) => o.entity === entity)) list.push({ entity, field });
      owners.set(key, list);
    }
  const shared = (entity: NamedEntity, key: string) => entity.sharedNames.some((n) => nameKey(n) === key);
  const problems: NameProblem[] = [];
  for (const entity of entities)
    for (const { field, value } of namesOf(entity)) {
      if (field === 'name' || field === 'nameJa') continue; // a name is only reported from the alias side
      const key = nameKey(value);
      const others = owners.get(key)!.filter((o) => o.entity !== entity);
      const clashing = others.filter((o) => !(shared(entity, key) && shared(o.entity, key)));
      if (clashing.length > 0)
        problems.push({
          file: entity.file,
          entry: entity.entry,
          field,
          message: `"${value}" is also ${clashing
            .map((o) => `the ${o.field} of ${o.entity.id}`)
            .join(', ')}; a search for it would find both (list it under sharedNames in both if that is intended)`,
        });
    }
  return problems;
}

/**
 * Lists whose consecutive items, joined again with ", ", make a phrase the entity's name or
 * description contains: most likely one name that a flow sequence split at its commas.
 */
export function splitNameWarnings(entities: readonly NamedEntity[]): NameProblem[] {
  const problems: NameProblem[] = [];
  for (const entity of entities)
    for (const field of ['aliases', 'aliasesJa'] as const) {
      const items = entity[field];
      const context = [entity.name, entity.nameJa, entity.description, entity.descriptionJa].map(nameKey);
      for (let i = 0; i + 1 < items.length; i++) {
        const joined = nameKey(`${items[i]}, ${items[i + 1]}`);
        const joinedJa = nameKey(`${items[i]}、${items[i + 1]}`);
        if (context.some((text) => text.includes(joined) || text.includes(joinedJa)))
          problems.push({
            file: entity.file,
            entry: entity.entry,
            field: `${field}[${i}]`,
            message: `"${items[i]}", "${items[i + 1]}" look like one name split at a comma; quote it ("…, …") if it is one alias`,
          });
      }
    }
  return problems;
}
