import { existsSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../repoRoot.js';

/** ATLAS_SEED_DIR points the seed command at another copy of seed/ (the resilience tests break copies). */
export const SEED_DIR = process.env.ATLAS_SEED_DIR ?? path.join(REPO_ROOT, 'seed');

/**
 * The source texts live beside the repository (../shared/seeds) unless `configured` says where;
 * undefined when that directory does not exist (a user's clone without the texts).
 */
export function sourcesDir(configured: string | undefined): string | undefined {
  const dir = configured ?? path.resolve(REPO_ROOT, '../shared/seeds');
  return existsSync(dir) ? dir : undefined;
}
export const SOURCES_DIR = sourcesDir(process.env.ATLAS_SOURCES_DIR);

/** In a directory `npm run export` wrote: the folder with the texts of the sources added by curation. */
export const EXPORT_TEXTS_DIR = 'texts';
