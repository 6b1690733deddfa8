/** The SDL file, parsed: the enums the other lists are held against. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, isEnumType } from 'graphql';
import { REPO_ROOT } from '../../../server/src/repoRoot.js';

export const repoText = (file: string) => readFileSync(path.join(REPO_ROOT, file), 'utf8');

const schema = buildSchema(repoText('server/src/graphql/schema.graphql'));

/** The values of an enum of the SDL, in the order written. */
export function sdlEnum(name: string): string[] {
  const type = schema.getType(name);
  if (!isEnumType(type)) throw new Error(`the SDL has no enum ${name}`);
  return type.getValues().map((v) => v.name);
}

/** The descriptions of an enum's values, by value. */
export function sdlEnumDescriptions(name: string): Map<string, string | null | undefined> {
  const type = schema.getType(name);
  if (!isEnumType(type)) throw new Error(`the SDL has no enum ${name}`);
  return new Map(type.getValues().map((v) => [v.name, v.description]));
}
