import { existsSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../repoRoot.js';

/** ATLAS_SEED_DIR points the seed command at another copy of seed/ (the resilience tests break copies). */
export const SEED_DIR = process.env.ATLAS_SEED_DIR ?? path.join(REPO_ROOT, 'seed');

/** The source texts live beside the repository (../shared/seeds); absent on a user's clone. */
const sharedSeeds = process.env.ATLAS_SOURCES_DIR ?? path.resolve(REPO_ROOT, '../shared/seeds');
export const SOURCES_DIR: string | undefined = existsSync(sharedSeeds) ? sharedSeeds : undefined;
