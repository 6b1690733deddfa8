/**
 * `npm run seed`: validate the seed files and load them into Neo4j.
 * `npm run seed -- --check`: validate only (no database needed).
 * `npm run seed -- [--check] DIR`: another seed directory, such as one `npm run export` wrote; the
 * texts of its added sources are in DIR/texts/, looked in before the sources directory.
 */
import path from 'node:path';
import { formatSeedError, readSeedDirectory, validateSeed } from './validate.js';
import { EXPORT_TEXTS_DIR, SEED_DIR, SOURCES_DIR } from './paths.js';
import { withSourceTexts } from './sourceTexts.js';
import { summarize } from './summary.js';

async function main(): Promise<number> {
  const checkOnly = process.argv.includes('--check');
  const dir = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
  const seedDir = dir ? path.resolve(dir) : SEED_DIR;
  const sources = dir ? [path.join(seedDir, EXPORT_TEXTS_DIR), ...(SOURCES_DIR ? [SOURCES_DIR] : [])] : SOURCES_DIR;
  const result = validateSeed(readSeedDirectory(seedDir), { sourcesDir: sources });
  for (const warning of result.warnings) console.warn(`warning: ${warning}`);
  if (result.errors.length > 0) {
    console.error(`${result.errors.length} problem(s) in the seed files; nothing was written:`);
    for (const e of result.errors) console.error(`  ${formatSeedError(e)}`);
    return 1;
  }
  console.log(summarize(result.dataset));
  if (checkOnly) return 0;
  const { runSeedCommand } = await import('./seedCommand.js');
  await runSeedCommand(withSourceTexts(result.dataset, sources));
  return 0;
}

/** Exits once what was written has left: a piped stream may still hold the end of a long problem list. */
const exitAfterOutput = (code: number) =>
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));

main().then(exitAfterOutput, (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  exitAfterOutput(1);
});
