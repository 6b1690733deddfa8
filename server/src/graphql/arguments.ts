/** Argument checks shared by resolvers: out-of-range values are refused with a message, not clamped silently. */
import { badInput } from './errors.js';

export const LIMITS = {
  searchFirst: { min: 1, max: 50 },
  relationsFirst: { min: 1, max: 200 },
  neighborhoodDepth: { min: 1, max: 3 },
  neighborhoodLimit: { min: 1, max: 2000 },
  neighborhoodIds: { min: 1, max: 50 },
  pathsMaxHops: { min: 1, max: 6 },
  pathsFirst: { min: 1, max: 10 },
  compareIds: { min: 1, max: 12 },
  entitiesIds: { min: 0, max: 500 },
  year: { min: 0, max: 3000 },
  idLength: { min: 1, max: 300 },
} as const;

export function checkInt(name: string, value: number, range: { min: number; max: number }): number {
  if (value < range.min || value > range.max)
    throw badInput(`${name} must be between ${range.min} and ${range.max}; got ${value}.`, name);
  return value;
}

export function checkYear(name: string, value: number | null | undefined): number | null {
  return value === null || value === undefined ? null : checkInt(name, value, LIMITS.year);
}

export function checkIds(name: string, ids: readonly string[], range: { min: number; max: number }): string[] {
  if (ids.length < range.min || ids.length > range.max)
    throw badInput(`${name} takes ${range.min} to ${range.max} ids; got ${ids.length}.`, name);
  for (const id of ids) checkId(name, id);
  return [...new Set(ids)];
}

export function checkId(name: string, id: string): string {
  if (id.length < LIMITS.idLength.min || id.length > LIMITS.idLength.max)
    throw badInput(`${name}: an id is 1 to ${LIMITS.idLength.max} characters long.`, name);
  return id;
}

/** An empty list means "no filter" just like null does. */
export function optionalList<T>(list: readonly T[] | null | undefined): T[] | null {
  return list && list.length > 0 ? [...list] : null;
}
