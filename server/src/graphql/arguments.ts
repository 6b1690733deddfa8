/** Argument checks shared by resolvers: out-of-range values are refused with a message, not clamped silently. */
import { isObjectType, type GraphQLSchema } from 'graphql';
import { PATH_CANDIDATES } from '../domain/pathRanking.js';
import { badInput } from './errors.js';

export const LIMITS = {
  searchFirst: { min: 1, max: 50 },
  relationsFirst: { min: 1, max: 200 },
  neighborhoodDepth: { min: 1, max: 3 },
  neighborhoodLimit: { min: 1, max: 2000 },
  neighborhoodIds: { min: 1, max: 50 },
  pathsMaxHops: { min: 1, max: 6 },
  pathsFirst: { min: 1, max: PATH_CANDIDATES },
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

/**
 * The SDL's argument defaults (`first: Int = 20`) are the only ones: graphql applies them when an
 * argument is left out, and this makes an explicit null (`first: null`, or a variable sent as
 * null) mean the same, so resolvers never repeat a default. Wraps, in place, the resolvers of the
 * fields that have such arguments.
 */
export function defaultNullArguments(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap()))
    if (isObjectType(type) && !type.name.startsWith('__'))
      for (const field of Object.values(type.getFields())) {
        const defaults = field.args.filter((arg) => arg.defaultValue !== undefined);
        const resolve = field.resolve;
        if (defaults.length === 0 || !resolve) continue;
        field.resolve = (source, args, context, info) => {
          let filled = args;
          for (const arg of defaults)
            if (filled[arg.name] === null) filled = { ...filled, [arg.name]: arg.defaultValue };
          return resolve(source, filled, context, info);
        };
      }
  return schema;
}
