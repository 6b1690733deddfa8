/**
 * Relation ids: `from-[TYPE]->to`, with `#key` when two relations of one type link the same pair
 * (seed/README.md). The one place that writes the format and the one place that reads it back.
 */
import { isRelationType, type RelationType } from './vocabulary.js';

export interface RelationIdParts {
  type: RelationType;
  from: string;
  to: string;
  key: string | null;
}

/** A key is kebab-case, like the seed file's `key` field. */
const KEY = /^[a-z0-9-]+$/;
const RELATION_ID = /^(.+?)-\[([A-Z_]+)\]->(.+?)(?:#([a-z0-9-]+))?$/;

export function relationId(type: string, from: string, to: string, key?: string | null): string {
  if (key && !KEY.test(key)) throw new Error(`relation key "${key}" is not kebab-case`);
  return `${from}-[${type}]->${to}${key ? `#${key}` : ''}`;
}

/** The parts of a relation id, or null when the text is not one (or names a type outside the vocabulary). */
export function parseRelationId(id: string): RelationIdParts | null {
  const match = id.match(RELATION_ID);
  if (!match || !isRelationType(match[2]!)) return null;
  return { from: match[1]!, type: match[2], to: match[3]!, key: match[4] ?? null };
}
