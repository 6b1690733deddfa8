/** The public GraphQL API against the real Neo4j holding the real seed data. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleQueries } from '../../web/src/console/examples.js';
import { translator } from '../../web/src/i18n/strings.js';
import { gql, gqlData, startTestApp, type TestApp } from '../support/app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop();
});

const CLAIM_FIELDS = 'id document { id file title titleJa } lineStart lineEnd note noteJa';

interface Hit {
  entity: { id: string; name: string };
  matched: string | null;
  score: number;
}

async function search(text: string, extra = ''): Promise<Hit[]> {
  const data = await gqlData<{ search: Hit[] }>(
    app.url,
    `query($text: String!) { search(text: $text ${extra}) { score matched entity { id name } } }`,
    { text },
  );
  return data.search;
}

describe('search', () => {
  it.each([
    ['クアッド', 'framework:quad'],
    ['quad', 'framework:quad'],
    ['Quad', 'framework:quad'],
    ['SEATO', 'framework:seato'],
    ['日米豪印', 'framework:quad'],
    ['マニラ条約', 'framework:manila-pact'],
    ['NATO', 'actor:nato'],
    ['ITPP', 'framework:itpp-japan'],
    ['IP4', 'framework:ip4'],
  ])('finds %s first as %s', async (text, id) => {
    const hits = await search(text);
    expect(hits[0]?.entity.id).toBe(id);
  });

  it.each(['東南アジア条約機構', 'SEATO'])(
    'cuts %s off below the relevance threshold: SEATO first, then only what shares its name',
    async (text) => {
      const hits = await search(text, 'first: 20');
      expect(hits[0]?.entity.id).toBe('framework:seato');
      const ids = hits.map((h) => h.entity.id);
      for (const unrelated of ['actor:georgia', 'actor:asia-times', 'framework:inf-treaty', 'actor:cambodia'])
        expect(ids).not.toContain(unrelated);
      // What follows SEATO matched one of its own labels (the Manila Pact is "SEATO treaty").
      expect(hits.slice(1).every((h) => h.matched !== null)).toBe(true);
    },
  );

  it('still returns many hits for a broad query', async () => {
    const hits = await search('Japan', 'first: 30');
    expect(hits[0]?.entity.id).toBe('actor:japan');
    expect(hits.length).toBe(30);
  });

  it('tolerates a small typo', async () => {
    expect((await search('Quadrilaterl')).map((h) => h.entity.id)).toContain('framework:quad');
    expect((await search('Partnrship for Peace')).map((h) => h.entity.id)).toContain('framework:pfp');
  });

  it('filters by kind and respects first', async () => {
    const hits = await gqlData<{ search: { entity: { kind: string } }[] }>(
      app.url,
      '{ search(text: "japan", kinds: [ACTOR], first: 3) { entity { kind } } }',
    );
    expect(hits.search.length).toBeLessThanOrEqual(3);
    expect(hits.search.length).toBeGreaterThan(0);
    expect(hits.search.every((h) => h.entity.kind === 'ACTOR')).toBe(true);
  });

  it('answers blank text with an empty list', async () => {
    expect(await search('   ')).toEqual([]);
  });
});

describe('entity and relations', () => {
  it('returns both names, dates with precision and claims', async () => {
    const { entity } = await gqlData<{ entity: Record<string, unknown> }>(
      app.url,
      `{ entity(id: "framework:seato") { id kind type name nameJa acronym description descriptionJa
          start { value precision year } end { value precision year } degree claims { ${CLAIM_FIELDS} } } }`,
    );
    expect(entity).toMatchObject({
      id: 'framework:seato',
      kind: 'FRAMEWORK',
      acronym: 'SEATO',
      nameJa: '東南アジア条約機構',
    });
    expect(entity.start).toMatchObject({ year: 1954 });
    expect(entity.end).toMatchObject({ year: 1977 });
    expect((entity.claims as unknown[]).length).toBeGreaterThan(0);
  });

  it('answers an unknown id with null, not an error', async () => {
    const { status, body } = await gql(app.url, '{ entity(id: "actor:atlantis") { id } }');
    expect(status).toBe(200);
    expect(body).toEqual({ data: { entity: null } });
  });

  it('pages through relations with a stable cursor', async () => {
    const query = `query($after: String) { entity(id: "actor:japan") {
      relations(first: 5, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } } }`;
    type Page = {
      entity: {
        relations: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: { id: string } }[];
        };
      };
    };
    const first = (await gqlData<Page>(app.url, query, {})).entity.relations;
    expect(first.totalCount).toBeGreaterThan(10);
    expect(first.edges).toHaveLength(5);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await gqlData<Page>(app.url, query, { after: first.pageInfo.endCursor })).entity.relations;
    expect(second.totalCount).toBe(first.totalCount);
    const firstIds = first.edges.map((e) => e.node.id);
    expect(second.edges.map((e) => e.node.id).some((id) => firstIds.includes(id))).toBe(false);
  });

  it('filters relations by year', async () => {
    const data = await gqlData<{ entity: { all: { totalCount: number }; in1960: { totalCount: number } } }>(
      app.url,
      `{ entity(id: "framework:asean") { all: relations { totalCount } in1960: relations(asOf: 1960) { totalCount } } }`,
    );
    expect(data.entity.in1960.totalCount).toBeLessThan(data.entity.all.totalCount);
  });

  it('cites every relation: document, file, line range and a note in both languages', async () => {
    const data = await gqlData<{ entity: { relations: { edges: { node: { claims: Record<string, unknown>[] } }[] } } }>(
      app.url,
      `{ entity(id: "framework:quad") { relations(first: 50) { edges { node { id type claims { ${CLAIM_FIELDS} } } } } } }`,
    );
    const claims = data.entity.relations.edges.flatMap((e) => e.node.claims);
    expect(data.entity.relations.edges.every((e) => e.node.claims.length > 0)).toBe(true);
    for (const claim of claims) {
      expect(claim.document).toMatchObject({ file: expect.stringMatching(/^00\d_[0-9a-f]+\.txt$/) });
      expect(claim.lineStart as number).toBeLessThanOrEqual(claim.lineEnd as number);
      expect(claim.note).toBeTruthy();
      expect(claim.noteJa).toBeTruthy();
    }
  });
});

describe('neighborhood', () => {
  it('caps the nodes and says so', async () => {
    const { neighborhood } = await gqlData<{
      neighborhood: {
        nodes: { id: string }[];
        edges: { from: { id: string }; to: { id: string } }[];
        truncated: boolean;
      };
    }>(
      app.url,
      '{ neighborhood(ids: ["actor:nato"], depth: 2, limit: 10) { truncated nodes { id } edges { from { id } to { id } } } }',
    );
    expect(neighborhood.nodes.length).toBe(10);
    expect(neighborhood.truncated).toBe(true);
    const ids = new Set(neighborhood.nodes.map((n) => n.id));
    expect(neighborhood.edges.every((e) => ids.has(e.from.id) && ids.has(e.to.id))).toBe(true);
  });

  it('keeps only relations of the asked types', async () => {
    const { neighborhood } = await gqlData<{ neighborhood: { edges: { type: string }[] } }>(
      app.url,
      '{ neighborhood(ids: ["framework:quad"], relationTypes: [MEMBER_OF]) { edges { type } } }',
    );
    expect(neighborhood.edges.length).toBeGreaterThanOrEqual(4);
    expect(new Set(neighborhood.edges.map((e) => e.type))).toEqual(new Set(['MEMBER_OF']));
  });

  it('gives nodes and edge ends their descriptions when asked for, and the same summaries either way', async () => {
    type Node = { id: string; name: string; degree: number; description?: string; aliases?: string[] };
    type Slice = { nodes: Node[]; edges: { from: Node; to: Node }[] };
    const ask = async (fields: string) =>
      (
        await gqlData<{ neighborhood: Slice }>(
          app.url,
          `{ neighborhood(ids: ["framework:quad"]) { nodes { ${fields} } edges { from { ${fields} } to { ${fields} } } } }`,
        )
      ).neighborhood;
    const detailed = await ask('id name degree description aliases');
    const summaries = await ask('id name degree');
    const { entities } = await gqlData<{ entities: Node[] }>(
      app.url,
      'query ($ids: [ID!]!) { entities(ids: $ids) { id name degree description aliases } }',
      { ids: detailed.nodes.map((n) => n.id) },
    );
    expect(detailed.nodes.length).toBeGreaterThan(3);
    expect(detailed.nodes).toEqual(entities);
    const byId = new Map(entities.map((e) => [e.id, e]));
    expect(detailed.edges.every((e) => byId.get(e.from.id)?.description === e.from.description)).toBe(true);
    const summary = ({ description: _d, aliases: _a, ...rest }: Node) => rest;
    expect(summaries.nodes).toEqual(detailed.nodes.map(summary));
    expect(summaries.edges).toEqual(detailed.edges.map((e) => ({ from: summary(e.from), to: summary(e.to) })));
  });

  it("gives the edges' claims as the relations have them, notes included when asked for", async () => {
    type Edge = { id: string; claims: { id: string; lineStart: number; note?: string; document: { id: string } }[] };
    const ask = async (claimFields: string) =>
      (
        await gqlData<{ neighborhood: { edges: Edge[] } }>(
          app.url,
          `{ neighborhood(ids: ["framework:quad"]) { edges { id claims { ${claimFields} } } } }`,
        )
      ).neighborhood.edges;
    const withNotes = await ask('id lineStart note document { id }');
    const citations = await ask('id lineStart document { id }');
    const { relations } = await gqlData<{ relations: Edge[] }>(
      app.url,
      'query ($ids: [ID!]!) { relations(ids: $ids) { id claims { id lineStart note document { id } } } }',
      { ids: withNotes.map((e) => e.id) },
    );
    expect(withNotes.length).toBeGreaterThan(3);
    expect(withNotes).toEqual(relations);
    expect(withNotes.every((e) => e.claims.length > 0 && e.claims.every((c) => (c.note ?? '').length > 0))).toBe(true);
    expect(citations).toEqual(withNotes.map((e) => ({ ...e, claims: e.claims.map(({ note: _note, ...c }) => c) })));
  });

  it("counts the edges' claims and flags conflicts without reading the claims, as the relations have them", async () => {
    type Edge = { id: string; conflicted: boolean; claimCount: number };
    const { neighborhood } = await gqlData<{ neighborhood: { edges: Edge[] } }>(
      app.url,
      '{ neighborhood(ids: ["actor:japan"], limit: 300) { edges { id conflicted claimCount } } }',
    );
    const { relations } = await gqlData<{ relations: { id: string; conflicted: boolean; claims: { id: string }[] }[] }>(
      app.url,
      'query ($ids: [ID!]!) { relations(ids: $ids) { id conflicted claims { id } } }',
      { ids: neighborhood.edges.map((e) => e.id) },
    );
    expect(neighborhood.edges.length).toBeGreaterThan(50);
    expect(neighborhood.edges).toEqual(
      relations.map((r) => ({ id: r.id, conflicted: r.conflicted, claimCount: r.claims.length })),
    );
    expect(neighborhood.edges.some((e) => e.conflicted)).toBe(true);
  });
});

describe('entity details as a list of relations', () => {
  type Name = { id: string; name: string; description?: string };
  type ListedRelation = {
    node: { id: string; from: Name; to: Name; conflicted: boolean; claimCount: number; claims?: { id: string }[] };
    other: Name;
  };
  const details = async (fields: string) =>
    (
      await gqlData<{ entity: { relations: { edges: ListedRelation[] } } }>(
        app.url,
        `{ entity(id: "actor:japan") { relations(first: 200) { edges { ${fields} } } } }`,
      )
    ).entity.relations.edges;

  it("names each relation's other end and counts its claims, as the whole relations say", async () => {
    const listed = await details('other { id name } node { id conflicted claimCount from { id } to { id } }');
    const whole = await details(
      'node { id conflicted claims { id } from { id name description } to { id name description } }',
    );
    expect(listed.length).toBe(83);
    expect(whole.map((e) => e.node.id)).toEqual(listed.map((e) => e.node.id));
    listed.forEach(({ node, other }, i) => {
      const full = whole[i]!.node;
      const end = full.from.id === 'actor:japan' ? full.to : full.from;
      expect(other).toEqual({ id: end.id, name: end.name });
      expect(node.claimCount).toBe(full.claims!.length);
      expect(node.conflicted).toBe(full.conflicted);
      expect([node.from.id, node.to.id]).toContain('actor:japan');
    });
    expect(whole.some((e) => e.node.conflicted)).toBe(true);
  });

  it('gives the other end in full when its description is asked for', async () => {
    const listed = await details('other { id name description } node { id }');
    const { entities } = await gqlData<{ entities: Name[] }>(
      app.url,
      'query ($ids: [ID!]!) { entities(ids: $ids) { id name description } }',
      { ids: listed.map((e) => e.other.id) },
    );
    const byId = new Map(entities.map((e) => [e.id, e]));
    expect(listed.map((e) => e.other)).toEqual(listed.map((e) => byId.get(e.other.id)));
    expect(listed.every((e) => (e.other.description ?? '').length > 0)).toBe(true);
  });
});

describe('paths (tracing relations between frameworks)', () => {
  it('traces SEATO to the Quad hop by hop, each hop cited', async () => {
    const { trace } = await gqlData<{
      trace: {
        truncated: boolean;
        paths: {
          length: number;
          cost: number;
          nodes: { id: string }[];
          edges: { type: string; claims: unknown[] }[];
        }[];
      };
    }>(
      app.url,
      `{ trace(from: "framework:seato", to: "framework:quad", maxHops: 4, first: 5) {
          truncated paths { length cost nodes { id } edges { type claims { ${CLAIM_FIELDS} } } } } }`,
    );
    expect(trace.paths.length).toBeGreaterThan(0);
    for (const path of trace.paths) {
      expect(path.nodes[0]!.id).toBe('framework:seato');
      expect(path.nodes.at(-1)!.id).toBe('framework:quad');
      expect(path.length).toBe(path.edges.length);
      expect(path.length).toBeLessThanOrEqual(4);
      expect(path.edges.every((e) => e.claims.length > 0)).toBe(true);
    }
    // Ranked by what the hops weigh: cheapest first.
    const costs = trace.paths.map((p) => p.cost);
    expect(costs).toEqual([...costs].sort((a, b) => a - b));
    // Distinct paths.
    // Distinct paths: two paths may pass the same entities over different relations.
    const hops = (p: (typeof trace.paths)[number]) =>
      p.nodes.map((n, i) => `${n.id}${i < p.edges.length ? `-${p.edges[i]!.type}` : ''}`).join('>');
    expect(new Set(trace.paths.map(hops)).size).toBe(trace.paths.length);
  });

  interface RankedTrace {
    hasMore: boolean;
    hubSkipped: boolean;
    weakTypes: string[];
    paths: { cost: number; weakHops: number; nodes: { id: string }[]; edges: { type: string }[] }[];
  }
  const rankedTrace = async (first: number, types = '') =>
    (
      await gqlData<{ trace: RankedTrace }>(
        app.url,
        `{ trace(from: "framework:seato", to: "framework:quad", maxHops: 4, first: ${first} ${types}) {
            hasMore hubSkipped weakTypes paths { cost weakHops nodes { id } edges { type } } } }`,
      )
    ).trace;
  const route = (p: RankedTrace['paths'][number]) =>
    p.nodes.map((n, i) => (i === 0 ? n.id : `${p.edges[i - 1]!.type} ${n.id}`)).join(' ');

  it('ranks SEATO and the Quad sharing the US before their comparisons with NATO', async () => {
    const trace = await rankedTrace(30);
    const routes = trace.paths.map(route);
    const viaUs = routes.indexOf('framework:seato MEMBER_OF actor:united-states MEMBER_OF framework:quad');
    const viaComparisons = routes.indexOf('framework:seato COMPARED_TO actor:nato COMPARED_TO framework:quad');
    expect(viaUs).toBeGreaterThanOrEqual(0);
    expect(viaComparisons).toBeGreaterThan(viaUs);
    expect(trace.paths[viaComparisons]!.weakHops).toBe(2);
    expect(trace.paths[0]!.weakHops).toBe(0);
    // No entity of the seed has 1,000 relations: no hub was skipped, whatever else is left out.
    expect(trace.hubSkipped).toBe(false);
  });

  it('pages through the same ranking: a longer page starts with the shorter one', async () => {
    const [five, ten] = [await rankedTrace(5), await rankedTrace(10)];
    expect(five.hasMore).toBe(true);
    expect(ten.paths.length).toBeGreaterThan(five.paths.length);
    expect(ten.paths.slice(0, 5).map(route)).toEqual(five.paths.map(route));
  });

  it('traces without the weak types it names', async () => {
    const all = await rankedTrace(30);
    const strong = `[${(
      await gqlData<{ __type: { enumValues: { name: string }[] } }>(
        app.url,
        '{ __type(name: "RelationType") { enumValues { name } } }',
      )
    ).__type.enumValues
      .map((v) => v.name)
      .filter((type) => !all.weakTypes.includes(type))
      .join(', ')}]`;
    const trace = await rankedTrace(30, `relationTypes: ${strong}`);
    expect(all.weakTypes).toEqual(expect.arrayContaining(['COMPARED_TO', 'CRITICISED', 'SUPPORTED']));
    expect(trace.paths.length).toBeGreaterThan(0);
    expect(trace.paths.every((p) => p.weakHops === 0 && p.edges.every((e) => !all.weakTypes.includes(e.type)))).toBe(
      true,
    );
  });

  it('finds no path from a framework before it existed', async () => {
    const { paths } = await gqlData<{ paths: unknown[] }>(
      app.url,
      '{ paths(from: "framework:seato", to: "framework:quad", asOf: 1950) { length } }',
    );
    expect(paths).toEqual([]);
  });

  it('uses only relations and entities valid in the year asked', async () => {
    const { paths } = await gqlData<{
      paths: {
        nodes: { start: { year: number } | null }[];
        edges: { since: { year: number } | null; until: { year: number } | null }[];
      }[];
    }>(
      app.url,
      '{ paths(from: "framework:seato", to: "framework:asean", asOf: 1970, first: 10) { nodes { start { year } } edges { since { year } until { year } } } }',
    );
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      expect(path.nodes.every((n) => (n.start?.year ?? 0) <= 1970)).toBe(true);
      expect(path.edges.every((e) => (e.since?.year ?? 0) <= 1970 && (e.until?.year ?? 9999) >= 1970)).toBe(true);
    }
  });
});

describe('compare', () => {
  it('builds the membership matrix and the overlaps', async () => {
    const { compare } = await gqlData<{
      compare: {
        frameworks: { id: string }[];
        rows: { actor: { id: string }; cells: { framework: { id: string }; relations: { type: string }[] }[] }[];
        overlaps: { a: { id: string }; b: { id: string }; actors: { id: string }[] }[];
      };
    }>(
      app.url,
      `{ compare(ids: ["framework:seato", "framework:anzus", "framework:quad"]) {
          frameworks { id } rows { actor { id } cells { framework { id } relations { type } } }
          overlaps { a { id } b { id } actors { id } } } }`,
    );
    expect(compare.frameworks.map((f) => f.id)).toEqual(['framework:seato', 'framework:anzus', 'framework:quad']);
    const us = compare.rows.find((r) => r.actor.id === 'actor:united-states');
    expect(us?.cells.every((c) => c.relations.length > 0)).toBe(true);
    const seatoAnzus = compare.overlaps.find((o) => o.a.id === 'framework:seato' && o.b.id === 'framework:anzus');
    expect(seatoAnzus?.actors.map((a) => a.id)).toEqual(
      expect.arrayContaining(['actor:united-states', 'actor:australia', 'actor:new-zealand']),
    );
  });

  it('answers as of a year: members then, of frameworks that existed then', async () => {
    const membersAsOf = async (year: number) => {
      const { compare } = await gqlData<{
        compare: { rows: { actor: { id: string }; cells: { framework: { id: string }; relations: unknown[] }[] }[] };
      }>(
        app.url,
        `query($year: Int) { compare(ids: ["framework:seato", "framework:asean", "framework:ip4"], asOf: $year) {
            rows { actor { id } cells { framework { id } relations { id } } } } }`,
        { year },
      );
      const members = new Map<string, string[]>();
      for (const row of compare.rows)
        for (const cell of row.cells)
          if (cell.relations.length > 0)
            members.set(cell.framework.id, [...(members.get(cell.framework.id) ?? []), row.actor.id]);
      return members;
    };
    const in1970 = await membersAsOf(1970);
    expect(in1970.get('framework:seato')).toHaveLength(8);
    expect(in1970.get('framework:asean')?.sort()).toEqual(
      ['actor:indonesia', 'actor:malaysia', 'actor:philippines', 'actor:singapore', 'actor:thailand'].sort(),
    );
    // The IP4 (from 2016) had no members yet, though its memberships are undated.
    expect(in1970.has('framework:ip4')).toBe(false);
    const in2020 = await membersAsOf(2020);
    // SEATO ended in 1977: none of its members is one in 2020.
    expect(in2020.has('framework:seato')).toBe(false);
    expect(in2020.get('framework:asean')).toHaveLength(10);
    expect(in2020.get('framework:ip4')).toHaveLength(4);
  });
});

describe('timeline, conflicts and sources', () => {
  it('lists dated facts in order within the years asked', async () => {
    const { timeline } = await gqlData<{ timeline: { kind: string; date: { year: number } }[] }>(
      app.url,
      '{ timeline(from: 1950, to: 1970) { kind date { value year } entity { id } relation { id } } }',
    );
    expect(timeline.length).toBeGreaterThan(3);
    const years = timeline.map((t) => t.date.year);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(years.every((y) => y >= 1950 && y <= 1970)).toBe(true);
  });

  it('shows each disagreement with both sides cited', async () => {
    const { conflicts } = await gqlData<{
      conflicts: {
        id: string;
        kind: string;
        claims: { id: string; document: { id: string }; conflictsWith: { id: string }[] }[];
      }[];
    }>(
      app.url,
      `{ conflicts { id kind topic topicJa field entity { id } relation { id }
          claims { id document { id } lineStart lineEnd note conflictsWith { id document { id } } } } }`,
    );
    expect(conflicts.length).toBeGreaterThan(0);
    for (const conflict of conflicts) {
      expect(conflict.claims.length).toBeGreaterThanOrEqual(2);
      expect(conflict.claims.every((c) => c.conflictsWith.length > 0)).toBe(true);
    }
  });

  it('lists the five source documents with their claim counts', async () => {
    const { sources, atlas } = await gqlData<{
      sources: { id: string; claimCount: number }[];
      atlas: Record<string, number>;
    }>(
      app.url,
      '{ sources { id file title titleJa claimCount lineCount } atlas { entityCount relationCount claimCount conflictCount minYear maxYear } }',
    );
    expect(sources.map((s) => s.id)).toEqual(['000', '001', '002', '003', '004']);
    expect(sources.every((s) => s.claimCount > 0)).toBe(true);
    expect(atlas.entityCount).toBeGreaterThan(200);
    expect(atlas.minYear).toBeLessThan(1960);
  });
});

describe('the console', () => {
  it('runs each example query and finds something', async () => {
    for (const query of exampleQueries(translator('en'))) {
      const data = await gqlData<Record<string, unknown>>(app.url, query);
      expect(Object.values(data).every((value) => value !== null)).toBe(true);
    }
  });
});
