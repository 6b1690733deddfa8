/**
 * Measurements of the built app on the seed beyond the first drawn graph, run by `npm run bench`
 * in its browser section: each is a SeedAppScenario (browserBench.ts) in its own file, listed here.
 * The first useful view on load and expanding NATO (issue #15's) belong here; until they are
 * added, the report marks the first useful view as not measured.
 */
import type { SeedAppScenario } from './browserBench.js';

export const SEED_APP_SCENARIOS: readonly SeedAppScenario[] = [];
