/**
 * The load mix: every public query of the API, with arguments taken from the seed dataset, and the
 * answer each must give, recorded beforehand by one sequential pass (then replayed and cross-checked
 * against the dataset itself, so a wrong recording cannot pass for a right one).
 */
import type { Dataset, Entity } from '../../server/src/domain/model.js';
import { graphqlRequest, outcomeClass, parseGraphQL, send, type HttpOutcome } from './http.js';

export interface QueryCase {
  /** Operation family, for the per-query statistics: search-en, neighborhood-2 … */
  family: string;
  query: string;
  variables: Record<string, unknown>;
}

export interface ExpectedCase extends QueryCase {
  /** The exact response body the sequential pass got. */
  expected: string;
  /** The same with every list sorted: lists whose order the API does not define may come back in another. */
  canonical: string;
}

/** JSON with object keys and list items in a fixed order, so two answers compare as sets. */
export function canonicalJson(text: string): string {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value))
      return value
        .map(canonical)
        .map((v) => [JSON.stringify(v), v] as const)
        .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
        .map(([, v]) => v);
    if (typeof value === 'object' && value !== null)
      return Object.fromEntries(
        Object.keys(value)
          .sort()
          .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
      );
    return value;
  };
  return JSON.stringify(canonical(JSON.parse(text)));
}

const ENTITY_FIELDS =
  'id kind type name nameJa acronym start { value precision year } end { value precision year } degree';
const RELATION_FIELDS = `id type from { id } to { id } role roleJa since { value precision year } until { value precision year } conflicted`;
const CLAIM_FIELDS = 'id subjectId lineStart lineEnd note noteJa since until document { id file title titleJa }';

const QUERIES = {
  search: `query Search($text: String!, $kinds: [EntityKind!], $first: Int) {
    search(text: $text, kinds: $kinds, first: $first) { score matched entity { ${ENTITY_FIELDS} } } }`,
  entity: `query Entity($id: ID!) { entity(id: $id) { ${ENTITY_FIELDS} aliases aliasesJa description descriptionJa
    place placeJa claims { ${CLAIM_FIELDS} conflictsWith { id } } } }`,
  entities: `query Entities($ids: [ID!]!) { entities(ids: $ids) { ${ENTITY_FIELDS} } }`,
  relation: `query Relation($id: ID!) { relation(id: $id) { ${RELATION_FIELDS} claims { ${CLAIM_FIELDS} } } }`,
  neighborhood: `query Neighborhood($ids: [ID!]!, $depth: Int, $asOf: Int) {
    neighborhood(ids: $ids, depth: $depth, asOf: $asOf) { truncated nodes { ${ENTITY_FIELDS} } edges { ${RELATION_FIELDS} } } }`,
  paths: `query Paths($from: ID!, $to: ID!, $maxHops: Int) {
    paths(from: $from, to: $to, maxHops: $maxHops) { length nodes { id name } edges { id type } } }`,
  trace: `query Trace($from: ID!, $to: ID!, $maxHops: Int, $asOf: Int) {
    trace(from: $from, to: $to, maxHops: $maxHops, asOf: $asOf) { truncated paths { length nodes { ${ENTITY_FIELDS} } edges { ${RELATION_FIELDS} } } } }`,
  compare: `query Compare($ids: [ID!]!, $asOf: Int) { compare(ids: $ids, asOf: $asOf) {
    frameworks { id name } rows { actor { id name } cells { framework { id } relations { id type role since { value } } } }
    overlaps { a { id } b { id } actors { id } } } }`,
  timeline: `query Timeline($from: Int, $to: Int, $kinds: [EntityKind!]) { timeline(from: $from, to: $to, kinds: $kinds) {
    kind date { value precision year } entity { id name } relation { id type } } }`,
  conflicts: `query Conflicts { conflicts { id kind topic topicJa field entity { id } relation { id }
    claims { ${CLAIM_FIELDS} } } }`,
  sources: `query Sources { sources { id file title titleJa publisher date lineCount claimCount } }`,
  atlas: `query Atlas { atlas { entityCount relationCount claimCount conflictCount minYear maxYear } }`,
  relationsPage: `query RelationsPage($id: ID!, $first: Int, $after: String) { entity(id: $id) { id
    relations(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${RELATION_FIELDS} } } } } }`,
} as const;

/** Relations touching each entity, from the dataset. */
function degrees(seed: Dataset): Map<string, number> {
  const degree = new Map<string, number>();
  for (const r of seed.relations) for (const end of [r.from, r.to]) degree.set(end, (degree.get(end) ?? 0) + 1);
  return degree;
}

const RELATIONS_PAGE_SIZE = 25;

/** The cases whose arguments come straight from the dataset (pagination continues from their answers). */
export function workloadCases(seed: Dataset): QueryCase[] {
  const degree = degrees(seed);
  const byDegree = [...seed.entities].sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0));
  const hubs = byDegree.slice(0, 8);
  const frameworks = byDegree.filter((e) => e.kind === 'Framework');
  const events = byDegree.filter((e) => e.kind === 'Event');
  const memberCount = new Map<string, number>();
  for (const r of seed.relations) if (r.type === 'MEMBER_OF') memberCount.set(r.to, (memberCount.get(r.to) ?? 0) + 1);
  const withMembers = frameworks.filter((f) => (memberCount.get(f.id) ?? 0) >= 2);
  const years = [...seed.entities.flatMap((e) => [e.start?.year, e.end?.year])].filter((y): y is number => !!y);
  const [minYear, maxYear] = [Math.min(...years), Math.max(...years)];
  const midYear = Math.round((minYear + maxYear) / 2);
  const sample = <T>(items: T[], n: number) =>
    items.filter((_, i) => i % Math.max(1, Math.floor(items.length / n)) === 0).slice(0, n);

  const cases: QueryCase[] = [];
  const add = (family: string, query: string, variables: Record<string, unknown> = {}) =>
    cases.push({ family, query, variables });
  for (const e of [...hubs.slice(0, 4), ...sample(byDegree, 6)]) {
    add('search-en', QUERIES.search, { text: e.acronym ?? e.name });
    add('search-ja', QUERIES.search, { text: e.nameJa, first: 10 });
    add('entity', QUERIES.entity, { id: e.id });
  }
  add('search-en', QUERIES.search, { text: 'summit', kinds: ['EVENT'], first: 15 });
  add('search-ja', QUERIES.search, { text: '同盟', kinds: ['FRAMEWORK'] });
  add('entities', QUERIES.entities, { ids: hubs.map((e) => e.id) });
  add('entities', QUERIES.entities, { ids: [...sample(byDegree, 20).map((e) => e.id), 'actor:not-in-the-atlas'] });
  for (const r of sample(seed.relations, 6)) add('relation', QUERIES.relation, { id: r.id });
  for (const e of [...hubs.slice(0, 3), ...events.slice(0, 2)])
    add('neighborhood-1', QUERIES.neighborhood, { ids: [e.id], depth: 1 });
  add('neighborhood-1', QUERIES.neighborhood, { ids: hubs.slice(2, 5).map((e) => e.id), depth: 1, asOf: midYear });
  for (const e of [...frameworks.slice(0, 2), ...events.slice(0, 1)])
    add('neighborhood-2', QUERIES.neighborhood, { ids: [e.id], depth: 2 });
  const pairs: [Entity, Entity][] = [
    [frameworks[0]!, frameworks[frameworks.length - 1]!],
    [withMembers[0]!, withMembers[withMembers.length - 1]!],
    [events[0]!, hubs[1]!],
  ];
  for (const [from, to] of pairs) {
    add('paths', QUERIES.paths, { from: from.id, to: to.id, maxHops: 4 });
    add('trace', QUERIES.trace, { from: from.id, to: to.id, maxHops: 3 });
  }
  add('trace', QUERIES.trace, { from: pairs[1]![0].id, to: pairs[1]![1].id, maxHops: 4, asOf: maxYear });
  add('compare', QUERIES.compare, { ids: withMembers.slice(0, 3).map((f) => f.id) });
  add('compare', QUERIES.compare, { ids: withMembers.slice(1, 5).map((f) => f.id), asOf: midYear });
  add('timeline', QUERIES.timeline, { from: minYear, to: midYear });
  add('timeline', QUERIES.timeline, { from: midYear, to: maxYear, kinds: ['EVENT', 'FRAMEWORK'] });
  add('conflicts', QUERIES.conflicts);
  add('sources', QUERIES.sources);
  add('atlas', QUERIES.atlas);
  for (const e of hubs.slice(0, 3))
    add('relations-page', QUERIES.relationsPage, { id: e.id, first: RELATIONS_PAGE_SIZE });
  return cases;
}

interface RelationsPageData {
  entity: {
    id: string;
    relations: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { cursor: string; node: { id: string } }[];
    };
  };
}

/**
 * Runs every case once, in order, and keeps its answer; pagination cases continue page by page
 * from the answers' end cursors; then runs them all again (concurrently) to make sure the answers are stable. Returns the cases with their answers, and every problem seen: an
 * error or a non-200 answer, or an answer that contradicts the seed dataset.
 */
export async function recordExpectations(
  url: string,
  seed: Dataset,
): Promise<{ cases: ExpectedCase[]; problems: string[] }> {
  const problems: string[] = [];
  const cases: ExpectedCase[] = [];
  const pending = workloadCases(seed);
  while (pending.length > 0) {
    const next = pending.shift()!;
    const outcome = await send(url, graphqlRequest(next.query, next.variables));
    const body = parseGraphQL(outcome.text);
    if (outcome.status !== 200 || body === null || body.errors) {
      problems.push(
        `${next.family} ${JSON.stringify(next.variables)}: ${outcomeClass(outcome)} ${outcome.text.slice(0, 200)}`,
      );
      continue;
    }
    cases.push({ ...next, expected: outcome.text, canonical: canonicalJson(outcome.text) });
    if (next.family === 'relations-page') {
      const page = (body.data as RelationsPageData).entity.relations;
      if (page.pageInfo.hasNextPage)
        pending.push({ ...next, variables: { ...next.variables, after: page.pageInfo.endCursor } });
    }
  }
  // A second pass (this one concurrent, it only checks) must give the same answers.
  for (const { c, result } of await answerAll(url, cases))
    if (!isCorrect(result))
      problems.push(`${c.family} ${JSON.stringify(c.variables)}: a second run answered ${result}`);
  problems.push(...crossCheck(cases, seed));
  return { cases, problems };
}

/** Where the recorded answers can be compared with the dataset directly, they must agree with it. */
function crossCheck(cases: ExpectedCase[], seed: Dataset): string[] {
  const problems: string[] = [];
  const degree = degrees(seed);
  const entities = new Map(seed.entities.map((e) => [e.id, e]));
  const expect = (ok: boolean, what: string) => void (ok || problems.push(`disagrees with the seed: ${what}`));
  const pages = new Map<string, string[]>();
  for (const c of cases) {
    const data = (JSON.parse(c.expected) as { data: Record<string, unknown> }).data;
    if (c.family === 'atlas') {
      const atlas = data.atlas as Record<string, number>;
      expect(atlas.entityCount === seed.entities.length, `atlas.entityCount ${atlas.entityCount}`);
      expect(atlas.relationCount === seed.relations.length, `atlas.relationCount ${atlas.relationCount}`);
      expect(atlas.claimCount === seed.claims.length, `atlas.claimCount ${atlas.claimCount}`);
      expect(atlas.conflictCount === seed.conflicts.length, `atlas.conflictCount ${atlas.conflictCount}`);
    } else if (c.family === 'sources') {
      const ids = (data.sources as { id: string }[]).map((s) => s.id).sort();
      expect(JSON.stringify(ids) === JSON.stringify(seed.documents.map((d) => d.id).sort()), `sources ${ids}`);
    } else if (c.family === 'conflicts') {
      expect((data.conflicts as unknown[]).length === seed.conflicts.length, 'number of conflicts');
    } else if (c.family === 'entity') {
      const got = data.entity as { id: string; name: string; nameJa: string; degree: number; claims: unknown[] };
      const want = entities.get(String(c.variables.id))!;
      expect(got.name === want.name && got.nameJa === want.nameJa, `entity ${want.id} name`);
      expect(got.degree === (degree.get(want.id) ?? 0), `entity ${want.id} degree ${got.degree}`);
      const claims = seed.claims.filter((x) => x.subjectId === want.id).length;
      expect(got.claims.length === claims, `entity ${want.id} has ${got.claims.length} claims, seed ${claims}`);
    } else if (c.family === 'search-en' || c.family === 'search-ja') {
      const text = String(c.variables.text);
      const named = seed.entities.filter((e) => [e.name, e.nameJa, e.acronym].includes(text)).map((e) => e.id);
      const hits = (data.search as { entity: { id: string } }[]).map((h) => h.entity.id);
      if (named.length > 0) expect(named.includes(hits[0] ?? ''), `search "${text}" ranks ${hits[0]} first`);
    } else if (c.family === 'entities') {
      const asked = (c.variables.ids as string[]).filter((id) => entities.has(id));
      const got = (data.entities as { id: string }[]).map((e) => e.id);
      expect(JSON.stringify(asked) === JSON.stringify(got), 'entities(ids) order or misses');
    } else if (c.family === 'relations-page') {
      const entity = data.entity as RelationsPageData['entity'];
      expect(entity.relations.totalCount === (degree.get(entity.id) ?? 0), `relations totalCount of ${entity.id}`);
      pages.set(entity.id, [...(pages.get(entity.id) ?? []), ...entity.relations.edges.map((e) => e.node.id)]);
    }
  }
  for (const [id, seen] of pages) {
    const all = seed.relations.filter((r) => r.from === id || r.to === id).map((r) => r.id);
    expect(new Set(seen).size === seen.length, `pages of ${id} repeat a relation`);
    expect(seen.length === all.length && all.every((r) => seen.includes(r)), `pages of ${id} cover its relations`);
  }
  return problems;
}

export interface Sample {
  family: string;
  /** What `judge` said. */
  result: string;
  startedAt: number;
  endedAt: number;
}

export const OK = 'ok';
export const OK_OTHER_ORDER = 'ok (lists in another order)';
export const isCorrect = (result: string): boolean => result === OK || result === OK_OTHER_ORDER;
export const isWrongAnswer = (result: string): boolean => result.startsWith('wrong answer');

/** `ok`, `ok (lists in another order)`, `wrong answer (family)`, or the outcome class (`503 UNAVAILABLE` …). */
export function judge(c: ExpectedCase, outcome: HttpOutcome): string {
  if (outcome.status === 200 && outcome.text === c.expected) return OK;
  const body = outcome.status === 200 ? parseGraphQL(outcome.text) : null;
  if (body !== null && body.errors === undefined)
    return canonicalJson(outcome.text) === c.canonical ? OK_OTHER_ORDER : `wrong answer (${c.family})`;
  return outcomeClass(outcome);
}

const ANSWER_ALL_CONCURRENCY = 8;

/** Every case once, a few at a time, each judged against its expectation. */
export async function answerAll(
  url: string,
  cases: readonly ExpectedCase[],
): Promise<{ c: ExpectedCase; result: string }[]> {
  const queue = [...cases];
  const results: { c: ExpectedCase; result: string }[] = [];
  const worker = async () => {
    for (let c = queue.shift(); c !== undefined; c = queue.shift())
      results.push({ c, result: judge(c, await send(url, graphqlRequest(c.query, c.variables))) });
  };
  await Promise.all(Array.from({ length: ANSWER_ALL_CONCURRENCY }, worker));
  return results;
}

export interface ClientsOptions {
  /** Read on every request, so a check can move the load to a restarted API. */
  url: () => string;
  cases: ExpectedCase[];
  clients: number;
  /** Hard bounds: whichever comes first ends the run. */
  durationMs: number;
  maxRequests: number;
  /** Pause between one client's requests. */
  thinkMs?: number;
  /** Ends the run early when it returns true. */
  stop?: () => boolean;
}

/** `clients` loops, each sending the cases round-robin (from its own offset), until a bound is hit. */
export async function runClients(options: ClientsOptions): Promise<Sample[]> {
  const samples: Sample[] = [];
  const endAt = Date.now() + options.durationMs;
  let sent = 0;
  const client = async (offset: number) => {
    for (let i = offset; Date.now() < endAt && sent < options.maxRequests && !options.stop?.(); i++) {
      sent++;
      const c = options.cases[i % options.cases.length]!;
      const outcome = await send(options.url(), graphqlRequest(c.query, c.variables));
      samples.push({
        family: c.family,
        result: judge(c, outcome),
        startedAt: outcome.startedAt,
        endedAt: outcome.endedAt,
      });
      if (options.thinkMs) await new Promise((resolve) => setTimeout(resolve, options.thinkMs));
    }
  };
  const stride = Math.max(1, Math.floor(options.cases.length / options.clients));
  await Promise.all(Array.from({ length: options.clients }, (_, k) => client(k * stride)));
  return samples;
}

/** `{ class: count }`, most frequent first, as one line. */
export function countResults(samples: readonly Sample[]): string {
  const counts = new Map<string, number>();
  for (const s of samples) counts.set(s.result, (counts.get(s.result) ?? 0) + 1);
  return (
    [...counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k}: ${n}`)
      .join(', ') || 'none'
  );
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
