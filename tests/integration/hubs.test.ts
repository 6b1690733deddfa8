/**
 * Hubs: a neighbourhood or a trace through an entity with more relations than HUB_DEGREE stays
 * bounded and says it was cut. The seed plus one synthetic hub with 1,100 spokes, loaded by the
 * project's loader; the seed alone is restored afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { EDGES_PER_NODE, HUB_DEGREE } from '../../server/src/db/atlasRepository.js';
import { loadDatasetIntoNeo4j } from '../../server/src/seed/load.js';
import type { Claim, Dataset, Entity, Relation } from '../../server/src/domain/model.js';
import { relationId } from '../../server/src/domain/relationId.js';
import { gqlData, startTestApp, type TestApp } from '../support/app.js';
import { loadSeed, seedData, testDriver, testEntity } from '../support/db.js';

const SPOKES = HUB_DEGREE + 100;
const HUB = 'actor:test-hub';
const DETOUR = 'actor:test-detour';
const TAIL = ['actor:test-tail-1', 'actor:test-tail-2'] as const;

const entity = (id: string, name: string): Entity => testEntity(id, { name, nameJa: `${name}（試験）` });

/**
 * Seed + hub + spokes, a detour a → c → b that avoids the hub (a and b are spokes 0 and 1), and a
 * tail c → t1 → t2 off the detour: t1 is three hops from the hub, t2 four.
 */
function withHub(seed: Dataset): Dataset {
  const spokes = Array.from({ length: SPOKES }, (_, i) => entity(`actor:test-spoke-${i}`, `Test spoke ${i}`));
  const detour = entity('actor:test-detour', 'Test detour');
  const tail = [entity(TAIL[0], 'Test tail 1'), entity(TAIL[1], 'Test tail 2')];
  const pairs: [string, string][] = [
    ...spokes.map((s): [string, string] => [s.id, HUB]),
    [spokes[0]!.id, detour.id],
    [detour.id, spokes[1]!.id],
    [detour.id, TAIL[0]],
    [TAIL[0], TAIL[1]],
  ];
  const relations: Relation[] = pairs.map(([from, to]) => ({
    id: relationId('PARTNER_OF', from, to),
    type: 'PARTNER_OF',
    from,
    to,
    role: null,
    roleJa: null,
    since: null,
    until: null,
  }));
  const doc = seed.documents[0]!;
  const claims: Claim[] = relations.map((r, i) => ({
    id: `test-hub-claim-${i}`,
    subjectId: r.id,
    subjectKind: 'RELATION',
    doc: doc.id,
    lineStart: 1,
    lineEnd: 1,
    note: 'Test relation.',
    noteJa: '試験用の関係。',
    since: null,
    until: null,
    conflictIds: [],
    conflictsWith: [],
  }));
  return {
    ...seed,
    entities: [...seed.entities, entity(HUB, 'Test hub'), detour, ...tail, ...spokes],
    relations: [...seed.relations, ...relations],
    claims: [...seed.claims, ...claims],
  };
}

let driver: Driver;
let app: TestApp;
beforeAll(async () => {
  driver = testDriver();
  await loadSeed(driver);
  await loadDatasetIntoNeo4j(driver, withHub(seedData()));
  app = await startTestApp({ SEED_ON_START: 'never' });
});
afterAll(async () => {
  await app?.stop();
  await loadSeed(driver);
  await driver?.close();
});

interface Slice {
  truncated: boolean;
  nodes: { id: string; degree: number }[];
  edges: { from: { id: string }; to: { id: string } }[];
}

describe('hubs', () => {
  it('expanding through a hub is capped and says so', async () => {
    const { neighborhood } = await gqlData<{ neighborhood: Slice }>(
      app.url,
      `{ neighborhood(ids: ["actor:test-spoke-0"], depth: 2, limit: 300) {
          truncated nodes { id degree } edges { from { id } to { id } } } }`,
    );
    expect(neighborhood.truncated).toBe(true);
    expect(neighborhood.nodes.length).toBe(300);
    expect(neighborhood.nodes.find((n) => n.id === HUB)?.degree).toBe(SPOKES);
    expect(neighborhood.edges.length).toBeLessThanOrEqual(EDGES_PER_NODE * 300);
    const ids = new Set(neighborhood.nodes.map((n) => n.id));
    for (const edge of neighborhood.edges) expect(ids.has(edge.from.id) && ids.has(edge.to.id)).toBe(true);
  });

  it('expanding the hub itself is capped and says so', async () => {
    const { neighborhood } = await gqlData<{ neighborhood: Slice }>(
      app.url,
      `{ neighborhood(ids: ["${HUB}"], depth: 1, limit: 50) { truncated nodes { id degree } edges { from { id } to { id } } } }`,
    );
    expect(neighborhood.truncated).toBe(true);
    expect(neighborhood.nodes.length).toBe(50);
  });

  it('traces around a hub, not through it, and says that paths through it may exist', async () => {
    const { trace } = await gqlData<{
      trace: { truncated: boolean; hubSkipped: boolean; paths: { nodes: { id: string }[] }[] };
    }>(
      app.url,
      `{ trace(from: "actor:test-spoke-0", to: "actor:test-spoke-1", maxHops: 4, first: 5) {
          truncated hubSkipped paths { nodes { id } } } }`,
    );
    expect(trace.paths.map((p) => p.nodes.map((n) => n.id))).toEqual([
      ['actor:test-spoke-0', 'actor:test-detour', 'actor:test-spoke-1'],
    ]);
    expect(trace.truncated).toBe(true);
    expect(trace.hubSkipped).toBe(true);
  });

  it('traces from the hub itself: an end may be a hub', async () => {
    const { trace } = await gqlData<{ trace: { paths: { nodes: { id: string }[] }[] } }>(
      app.url,
      `{ trace(from: "${HUB}", to: "actor:test-detour", maxHops: 4, first: 5) { paths { nodes { id } } } }`,
    );
    expect(trace.paths[0]!.nodes.map((n) => n.id)).toHaveLength(3);
  });

  it('traces to a hub at two, three and four hops, from either end, the shortest first', async () => {
    const trace = async (from: string, to: string, first = 5) =>
      (
        await gqlData<{ trace: { truncated: boolean; paths: { nodes: { id: string }[] }[] } }>(
          app.url,
          `{ trace(from: "${from}", to: "${to}", maxHops: 4, first: ${first}) { truncated paths { nodes { id } } } }`,
        )
      ).trace.paths.map((p) => p.nodes.map((n) => n.id).join(' > '));
    const spoke = (i: number) => `actor:test-spoke-${i}`;
    const viaSpokes = (...start: string[]) => [0, 1].map((i) => [...start, spoke(i), HUB].join(' > '));
    // Five asked for: too few short paths, so the full search answers. One asked for: the walk
    // from the small end finds two within three hops and answers alone; it must agree.
    for (const start of [[DETOUR], [TAIL[0], DETOUR], [TAIL[1], TAIL[0], DETOUR]]) {
      const all = viaSpokes(...start);
      expect((await trace(start[0]!, HUB)).sort()).toEqual(all);
      expect(all).toContain((await trace(start[0]!, HUB, 1))[0]);
    }
    // From the hub's side the same paths, turned round.
    const reversed = (await trace(HUB, TAIL[1])).map((p) => p.split(' > ').reverse().join(' > '));
    expect(reversed.sort()).toEqual(viaSpokes(TAIL[1], TAIL[0], DETOUR));
    // Spoke 0 to the hub: the direct link first, then the one around the detour.
    expect(await trace(spoke(0), HUB, 2)).toEqual([
      `${spoke(0)} > ${HUB}`,
      `${spoke(0)} > ${DETOUR} > ${spoke(1)} > ${HUB}`,
    ]);
  });

  it('leaves the seed untouched: no seed path is cut by a hub', async () => {
    const { trace } = await gqlData<{ trace: { hubSkipped: boolean; paths: unknown[] } }>(
      app.url,
      '{ trace(from: "framework:seato", to: "framework:quad", maxHops: 4, first: 10) { hubSkipped paths { length } } }',
    );
    expect(trace.paths.length).toBeGreaterThan(0);
    expect(trace.hubSkipped).toBe(false);
  });
});
