import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder: the one place every path to cypher/, seed/, web/ or launcher/ starts from. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
