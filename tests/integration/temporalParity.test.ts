/**
 * One temporal rule: "valid in a year" as the web decides it (web/src/graph/temporal.ts) and as
 * the queries decide it on the real database give the same answers, for undated, open-ended,
 * decade, fiscal-year, `by:` and `present` dates. The seed plus a small dated star is loaded by
 * the project's loader; the seed alone is restored afterwards.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AtlasRepository } from '../../server/src/db/atlasRepository.js';
import { CYPHER_DIR } from '../../server/src/db/cypherFiles.js';
import { parsePartialDate } from '../../server/src/domain/dates.js';
import type { Dataset, DatedValue, Entity, Relation } from '../../server/src/domain/model.js';
import { parseRelationId, relationId } from '../../server/src/domain/relationId.js';
import type { RelationType } from '../../server/src/domain/vocabulary.js';
import { loadDatasetIntoNeo4j } from '../../server/src/seed/load.js';
import { isValidAt } from '../../web/src/graph/temporal.js';
import { loadSeed, seedData, testDriver, testEntity, testRepository } from '../support/db.js';

/** Start (or since) and end (or until) as written in a seed file; null: undated. */
type Span = [string | null, string | null];

const RELATION_SPANS: Span[] = [
  [null, null],
  ['1954', null],
  [null, '1977'],
  ['1954', '1977'],
  ['1990s', null],
  ['1990s', 'present'],
  ['FY2024', null],
  ['FY2024', 'by:2025'],
  ['by:2025', null],
  ['2023-07', '2024-07-09'],
  [null, 'present'],
];
const ENTITY_SPANS: Span[] = [
  [null, null],
  ['1990s', null],
  [null, '1977'],
  ['FY2024', 'present'],
  ['by:2025', null],
  ['1954', '1977'],
  ['2022-06-29', '2022-06-30'],
];
/** Years on and around every boundary above, and none (no filter). */
const YEARS = [null, 1900, 1953, 1954, 1977, 1978, 1989, 1990, 1999, 2000, 2022, 2023, 2024, 2025, 2026, 2100];

const HUB = 'actor:test-time-hub';
const FRAMEWORK = 'framework:test-time-club';
/** A framework that existed only from 1954 to 1977, with one undated member. */
const DATED_FRAMEWORK = 'framework:test-time-pact';
const relationTarget = (i: number) => `actor:test-time-rel-${i}`;
const entityTarget = (j: number) => `actor:test-time-ent-${j}`;

const date = (value: string | null, end: boolean): DatedValue | null => {
  if (value === null) return null;
  const parsed = parsePartialDate(value, end);
  if (typeof parsed === 'string') throw new Error(`test date ${value}: ${parsed}`);
  return { value: parsed.value, precision: parsed.precision, year: parsed.year };
};

function entity(id: string, kind: 'Actor' | 'Framework', [start, end]: Span = [null, null]): Entity {
  return testEntity(id, {
    kind,
    type: kind === 'Actor' ? 'organisation' : 'grouping',
    start: date(start, false),
    end: date(end, true),
  });
}

function relation(type: RelationType, from: string, to: string, [since, until]: Span = [null, null]): Relation {
  return {
    id: relationId(type, from, to),
    type,
    from,
    to,
    role: null,
    roleJa: null,
    since: date(since, false),
    until: date(until, true),
  };
}

/**
 * A hub with one relation per relation span (each of those actors also a member of one framework,
 * with the same span) and one undated relation to an actor per entity span (each of those actors
 * an undated member of the same framework); and a dated framework with an undated member.
 */
const relationCases = RELATION_SPANS.map((span, i) => ({
  target: entity(relationTarget(i), 'Actor'),
  link: relation('PARTNER_OF', HUB, relationTarget(i), span),
  membership: relation('MEMBER_OF', relationTarget(i), FRAMEWORK, span),
}));
const entityCases = ENTITY_SPANS.map((span, j) => ({
  target: entity(entityTarget(j), 'Actor', span),
  link: relation('PARTNER_OF', HUB, entityTarget(j)),
  membership: relation('MEMBER_OF', entityTarget(j), FRAMEWORK),
}));
const datedFramework = entity(DATED_FRAMEWORK, 'Framework', ['1954', '1977']);
const datedMembership = relation('MEMBER_OF', relationTarget(0), DATED_FRAMEWORK);

function withDatedStar(seed: Dataset): Dataset {
  return {
    ...seed,
    entities: [
      ...seed.entities,
      entity(HUB, 'Actor'),
      entity(FRAMEWORK, 'Framework'),
      datedFramework,
      ...relationCases.map((c) => c.target),
      ...entityCases.map((c) => c.target),
    ],
    relations: [
      ...seed.relations,
      ...relationCases.flatMap((c) => [c.link, c.membership]),
      ...entityCases.flatMap((c) => [c.link, c.membership]),
      datedMembership,
    ],
  };
}

/** The web's rule, given the dates as the API hands them over (their `year`). */
const webValid = (start: DatedValue | null, end: DatedValue | null, year: number | null) =>
  isValidAt(start && { year: start.year }, end && { year: end.year }, year);
const entityValid = (e: Entity, year: number | null) => webValid(e.start, e.end, year);
const relationValid = (r: Relation, year: number | null) => webValid(r.since, r.until, year);

const sorted = (ids: Iterable<string>) => [...ids].sort();

let driver: Driver;
let repo: AtlasRepository;
beforeAll(async () => {
  driver = testDriver();
  await loadSeed(driver);
  await loadDatasetIntoNeo4j(driver, withDatedStar(seedData()));
  repo = testRepository(driver);
});
afterAll(async () => {
  await loadSeed(driver);
  await driver?.close();
});

describe('valid in a year: the web and the queries agree', () => {
  it('cases cover every kind of date, and each date is sometimes in and sometimes out', () => {
    const precisions = new Set(
      [...relationCases.map((c) => c.link), ...entityCases.map((c) => c.target)].flatMap((x) =>
        'since' in x ? [x.since?.precision, x.until?.precision] : [x.start?.precision, x.end?.precision],
      ),
    );
    expect(sorted([...precisions].map(String))).toEqual(
      sorted(['DAY', 'MONTH', 'YEAR', 'FISCAL_YEAR', 'DECADE', 'BY', 'PRESENT', 'undefined']),
    );
    const dated = relationCases.filter((c) => c.link.since?.year != null || c.link.until?.year != null);
    expect(dated.length).toBeGreaterThan(relationCases.length - 3);
    for (const c of dated)
      expect(new Set(YEARS.map((y) => relationValid(c.link, y))), c.link.id).toEqual(new Set([true, false]));
  });

  it.each(YEARS)("an entity's relations (relations-of-entities.cypher), as of %s", async (year) => {
    const pages = await repo.relationPages([HUB], {
      types: null,
      direction: 'OUT',
      asOf: year,
      first: 200,
      after: null,
    });
    const expected = [...relationCases, ...entityCases]
      .filter((c) => relationValid(c.link, year))
      .map((c) => c.link.id);
    expect(sorted(pages.get(HUB)!.relations.map((r) => r.id))).toEqual(sorted(expected));
  });

  it.each(YEARS)('a neighbourhood (expand.cypher, relations-among.cypher), as of %s', async (year) => {
    const slice = await repo.neighborhood([HUB], 1, null, year, 1000);
    const reached = [...relationCases, ...entityCases].filter(
      (c) => relationValid(c.link, year) && entityValid(c.target, year),
    );
    expect(sorted(slice.nodes.map((n) => n.id).filter((id) => id !== HUB))).toEqual(
      sorted(reached.map((c) => c.target.id)),
    );
    expect(sorted(slice.edges.map((e) => e.id))).toEqual(sorted(reached.map((c) => c.link.id)));
  });

  it.each(YEARS)('memberships to compare (compare.cypher), as of %s', async (year) => {
    const memberships = await repo.membershipRelations([FRAMEWORK, DATED_FRAMEWORK], year);
    const expected = [
      ...relationCases.filter((c) => relationValid(c.membership, year)),
      ...entityCases.filter((c) => entityValid(c.target, year)),
    ].map((c) => c.membership.id);
    expect(sorted(memberships.get(FRAMEWORK)!.map((r) => r.id))).toEqual(sorted(expected));
    expect(memberships.get(DATED_FRAMEWORK)!.map((r) => r.id)).toEqual(
      entityValid(datedFramework, year) ? [datedMembership.id] : [],
    );
  });

  it.each(YEARS)('paths to each dated end (paths.cypher), as of %s', async (year) => {
    for (const c of [...relationCases, ...entityCases]) {
      const { paths } = await repo.paths(HUB, c.target.id, 1, null, year, 1, 1);
      const valid = relationValid(c.link, year) && entityValid(c.target, year);
      expect({ to: c.target.id, found: paths.length > 0 }).toEqual({ to: c.target.id, found: valid });
    }
  });
});

/**
 * The queries write the rule as one pattern, for an entity or a relation:
 * `$asOf IS NULL OR coalesce(x.startYear, $asOf) <= $asOf <= coalesce(x.endYear, $asOf)`. The
 * tests above run it through the real queries; this holds every other copy to the same text.
 */
describe('valid in a year: the one pattern of the queries', () => {
  const VALID_AT =
    /coalesce\((\w+)\.(startYear|sinceYear), \$asOf\) <= \$asOf <= coalesce\(\1\.(endYear|untilYear), \$asOf\)/g;
  const files = readdirSync(path.join(CYPHER_DIR, 'queries')).map((f) => path.join(CYPHER_DIR, 'queries', f));
  const code = (file: string) => readFileSync(file, 'utf8').replace(/\/\/.*$/gm, '');

  it('every use of $asOf is "null shows everything" or the pattern, start with end and since with until', () => {
    let patterns = 0;
    for (const file of files) {
      const text = code(file);
      for (const match of text.matchAll(VALID_AT)) {
        patterns++;
        expect([match[2], match[3]]).toContainEqual(match[2] === 'startYear' ? 'endYear' : 'untilYear');
      }
      const rest = text.replace(VALID_AT, '').replace(/\$asOf IS NULL OR/g, '');
      expect({ file: path.basename(file), other: rest.match(/\$asOf/g) ?? [] }).toEqual({
        file: path.basename(file),
        other: [],
      });
    }
    console.log(`valid-in-year pattern: ${patterns} uses in cypher/queries`);
    expect(patterns).toBeGreaterThan(0);
  });
});

describe('relation ids in the database', () => {
  it('every stored relation id decodes to its stored type, from and to', async () => {
    const records = (
      await driver.executeQuery(readFileSync(path.join(CYPHER_DIR, 'checks', 'relation-ids.cypher'), 'utf8'))
    ).records;
    expect(records.length).toBeGreaterThan(seedData().relations.length);
    const mismatches = records
      .map((r) => ({ id: r.get('id') as string, type: r.get('type'), from: r.get('from'), to: r.get('to') }))
      .filter((stored) => {
        const parsed = parseRelationId(stored.id);
        return !parsed || parsed.type !== stored.type || parsed.from !== stored.from || parsed.to !== stored.to;
      });
    expect(mismatches).toEqual([]);
  });
});
