/**
 * What the API benchmark asks: the web app's own operations (search, an entity's details, a
 * neighbourhood as the canvas expands it, a trace), each with a rotation of arguments, on the seed
 * (real entities) and on a synthetic graph (a sample of entities, plus its hubs).
 */
import type { Dataset } from '../../server/src/domain/model.js';
import type { SyntheticGraph } from '../generate.js';
import type { Scenario } from './apiBench.js';

/** The API's default neighbourhood cap; the app's searches ask for 20 hits. */
const NEIGHBORHOOD_LIMIT = 300;
const SEARCH_FIRST = 20;
const ROTATION = 10;
/** The sequential target: the details of 30 different entities, each asked once. */
const DETAILS_ROTATION = 30;

function common(ids: string[], detailIds: string[], texts: string[]): Scenario[] {
  const pairs = ids.map((from, i) => ({ from, to: ids[(i + 3) % ids.length]! }));
  return [
    { name: 'search', operation: 'Search', variables: texts.map((text) => ({ text, first: SEARCH_FIRST })) },
    { name: 'entity details', operation: 'EntityDetails', variables: detailIds.map((id) => ({ id })) },
    {
      name: 'neighborhood',
      operation: 'Neighborhood',
      variables: ids.map((id) => ({ ids: [id], limit: NEIGHBORHOOD_LIMIT })),
    },
    { name: 'trace h4', operation: 'Trace', variables: pairs.map((p) => ({ ...p, maxHops: 4, first: 5 })) },
  ];
}

/** `count` evenly spread items of a sorted list. */
function spread<T>(items: T[], count: number): T[] {
  const step = Math.max(1, Math.floor(items.length / count));
  return Array.from({ length: Math.min(count, items.length) }, (_, i) => items[i * step]!);
}

/** The entity the seed targets name: the seed's largest neighbourhood the UI asks for. */
const SEED_TARGET_ENTITY = 'actor:japan';

/**
 * Evenly spread seed entities, searched by acronym or English name and by Japanese name; and
 * Japan's details and neighbourhood, each the same request again and again.
 */
export function seedScenarios(seed: Dataset): Scenario[] {
  const entities = [...seed.entities].sort((a, b) => a.id.localeCompare(b.id));
  if (!entities.some((e) => e.id === SEED_TARGET_ENTITY)) throw new Error(`the seed has no ${SEED_TARGET_ENTITY}`);
  const picked = spread(entities, ROTATION);
  const texts = picked.map((e, i) => (i % 2 === 0 ? (e.acronym ?? e.name) : e.nameJa));
  // Under load, Japan's details and neighbourhood stand for their operations (the targets
  // name them): the rotations of those two are asked one at a time only, which keeps the run short.
  const rotations = common(
    picked.map((e) => e.id),
    spread(entities, DETAILS_ROTATION).map((e) => e.id),
    texts,
  ).map((scenario) =>
    scenario.operation === 'EntityDetails' || scenario.operation === 'Neighborhood'
      ? { ...scenario, underLoad: false }
      : scenario,
  );
  return [
    ...rotations,
    {
      name: `entity details ${SEED_TARGET_ENTITY}`,
      operation: 'EntityDetails',
      variables: [{ id: SEED_TARGET_ENTITY }],
    },
    {
      name: `neighborhood ${SEED_TARGET_ENTITY}`,
      operation: 'Neighborhood',
      variables: [{ ids: [SEED_TARGET_ENTITY], limit: NEIGHBORHOOD_LIMIT }],
    },
  ];
}

/** A sample of entities (most of them small, as a power law has it), and the hubs. */
export function syntheticScenarios(graph: SyntheticGraph): Scenario[] {
  const sample = graph.sampleEntities(DETAILS_ROTATION).map((i) => graph.entity(i));
  const picked = sample.slice(0, ROTATION);
  // The generated proper name is the longest word; Japanese names start with it in katakana.
  const texts = picked.map((e, i) =>
    i % 2 === 0 ? e.name.split(' ').reduce((a, b) => (b.length > a.length ? b : a)) : e.nameJa.slice(0, 4),
  );
  const hubs = graph.hubs(3);
  return [
    ...common(
      picked.map((e) => e.id),
      sample.map((e) => e.id),
      texts,
    ),
    {
      name: 'neighborhood d2 hub',
      operation: 'BenchNeighborhood',
      variables: hubs.map((hub) => ({ ids: [hub.id], limit: NEIGHBORHOOD_LIMIT })),
    },
    {
      name: 'trace h4 via hub',
      operation: 'Trace',
      variables: hubs.flatMap((hub, i) => [
        { from: hub.id, to: picked[i]!.id, maxHops: 4, first: 5 },
        { from: picked[i + 3]!.id, to: hub.id, maxHops: 4, first: 5 },
      ]),
    },
  ];
}
