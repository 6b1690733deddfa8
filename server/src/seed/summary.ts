import type { Dataset } from '../domain/model.js';

function countBy<T>(items: T[], key: (item: T) => string): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
}

/** A few lines a person can read: how much of what is in the dataset. */
export function summarize(dataset: Dataset): string {
  return [
    `documents: ${dataset.documents.length}`,
    `entities: ${dataset.entities.length} (${countBy(dataset.entities, (e) => e.kind)})`,
    `relations: ${dataset.relations.length} (${countBy(dataset.relations, (r) => r.type)})`,
    `claims: ${dataset.claims.length} (${countBy(dataset.claims, (c) => `doc ${c.doc}`)})`,
    `conflicts: ${dataset.conflicts.length} (${countBy(dataset.conflicts, (c) => c.kind.toLowerCase())})`,
  ].join('\n');
}
