/**
 * What the API benchmark asks: each operation with a rotation of arguments, on the seed (real
 * entities) and on a synthetic graph (a sample of entities, plus its hubs).
 */
import type { Dataset } from '../../server/src/domain/model.js';
import type { SyntheticGraph } from '../generate.js';
import type { Scenario } from './apiBench.js';

/** The API's default neighbourhood cap; the app's searches ask for 20 hits. */
const NEIGHBORHOOD_LIMIT = 300;
const SEARCH_FIRST = 20;
const ROTATION = 10;

function common(ids: string[], texts: string[]): Scenario[] {
  const pairs = ids.map((from, i) => ({ from, to: ids[(i + 3) % ids.length]! }));
  return [
    { name: 'search', operation: 'Search', variables: texts.map((text) => ({ text, first: SEARCH_FIRST })) },
    { name: 'entity', operation: 'BenchEntity', variables: ids.map((id) => ({ id })) },
    {
      name: 'neighborhood d2',
      operation: 'BenchNeighborhood',
      variables: ids.map((id) => ({ ids: [id], limit: NEIGHBORHOOD_LIMIT })),
    },
    { name: 'paths h4', operation: 'Trace', variables: pairs.map((p) => ({ ...p, maxHops: 4, first: 5 })) },
  ];
}

/** Evenly spread seed entities, searched by acronym or English name and by Japanese name. */
export function seedScenarios(seed: Dataset): Scenario[] {
  const entities = [...seed.entities].sort((a, b) => a.id.localeCompare(b.id));
  const step = Math.floor(entities.length / ROTATION);
  const picked = Array.from({ length: ROTATION }, (_, i) => entities[i * step]!);
  const texts = picked.map((e, i) => (i % 2 === 0 ? (e.acronym ?? e.name) : e.nameJa));
  return common(
    picked.map((e) => e.id),
    texts,
  );
}

/** A sample of entities (most of them small, as a power law has it), and the hubs. */
export function syntheticScenarios(graph: SyntheticGraph): Scenario[] {
  const picked = graph.sampleEntities(ROTATION).map((i) => graph.entity(i));
  // The generated proper name is the longest word; Japanese names start with it in katakana.
  const texts = picked.map((e, i) =>
    i % 2 === 0 ? e.name.split(' ').reduce((a, b) => (b.length > a.length ? b : a)) : e.nameJa.slice(0, 4),
  );
  const hubs = graph.hubs(3);
  return [
    ...common(
      picked.map((e) => e.id),
      texts,
    ),
    {
      name: 'neighborhood d2 hub',
      operation: 'BenchNeighborhood',
      variables: hubs.map((hub) => ({ ids: [hub.id], limit: NEIGHBORHOOD_LIMIT })),
    },
    {
      name: 'paths h4 via hub',
      operation: 'Trace',
      variables: hubs.flatMap((hub, i) => [
        { from: hub.id, to: picked[i]!.id, maxHops: 4, first: 5 },
        { from: picked[i + 3]!.id, to: hub.id, maxHops: 4, first: 5 },
      ]),
    },
  ];
}
