/** Cypher lives in cypher/*.cypher; this reads a file once and hands out its text. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../repoRoot.js';

export const CYPHER_DIR = path.join(REPO_ROOT, 'cypher');
const cache = new Map<string, string>();

/** The text of `cypher/<name>.cypher`, e.g. `cypher('queries/search')`. */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8');
    cache.set(name, text);
  }
  return text;
}

/** A file of several statements (the schema), split at semicolons that end a line. */
export function cypherStatements(name: string): string[] {
  return cypher(name)
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter((s) => s.replace(/^\s*\/\/.*$/gm, '').trim().length > 0);
}
