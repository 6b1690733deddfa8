/** The benchmarks' own Cypher (the baselines) lives in bench/cypher/*.cypher, as the app's does in cypher/. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BENCH_CYPHER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../cypher');

export function benchCypher(name: string): string {
  return readFileSync(path.join(BENCH_CYPHER_DIR, `${name}.cypher`), 'utf8');
}
