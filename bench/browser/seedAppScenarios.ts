/**
 * Measurements of the built app on the seed beyond the first drawn graph, run by `npm run bench`
 * in its browser section: each is a SeedAppScenario (browserBench.ts) in its own file, listed here.
 */
import type { SeedAppScenario } from './browserBench.js';
import { explorationScenario } from './explorationBench.js';

/** Rounds of each exploration figure (the report gives their median). */
const EXPLORATION_RUNS = 5;

export const SEED_APP_SCENARIOS: readonly SeedAppScenario[] = [explorationScenario(EXPLORATION_RUNS)];
