/**
 * What a change alters, field by field: the server records the subject or claim as JSON text
 * before and after (before is null for something new); the review queue shows the fields that
 * differ, nested ones by dotted path (`claim.lineEnd`).
 */

export interface FieldChange {
  field: string;
  /** The value as text; null where the field is absent on that side. */
  before: string | null;
  after: string | null;
  kind: 'added' | 'removed' | 'changed';
}

type Flat = Map<string, string>;

/** Text that is not a JSON object is kept whole, under the field name `value`. */
function parse(json: string | null): Record<string, unknown> {
  if (json === null || json.trim() === '') return {};
  try {
    const value: unknown = JSON.parse(json);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    return { value };
  } catch {
    return { value: json };
  }
}

function flatten(value: unknown, path: string, into: Flat): Flat {
  if (value === null || value === undefined) return into;
  if (Array.isArray(value)) {
    // Lists of plain values (aliases) read best on one line; lists of objects by index.
    if (value.every((item) => item === null || typeof item !== 'object')) {
      if (value.length > 0) into.set(path, value.map(String).join(', '));
    } else value.forEach((item, i) => flatten(item, `${path}[${i}]`, into));
  } else if (typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) flatten(item, path === '' ? key : `${path}.${key}`, into);
  } else into.set(path, String(value));
  return into;
}

/** The fields that differ between the two JSON texts, in the order they first appear (after, then before). */
export function fieldDiff(before: string | null, after: string | null): FieldChange[] {
  const old = flatten(parse(before), '', new Map());
  const next = flatten(parse(after), '', new Map());
  const fields = [...new Set([...next.keys(), ...old.keys()])];
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const a = old.get(field) ?? null;
    const b = next.get(field) ?? null;
    if (a === b) continue;
    changes.push({ field, before: a, after: b, kind: a === null ? 'added' : b === null ? 'removed' : 'changed' });
  }
  return changes;
}
