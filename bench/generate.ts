/**
 * Synthetic knowledge graphs for the benchmarks, shaped like the real one.
 *
 * Proportions are not invented here: they are measured on the validated seed (entity kinds and
 * types, which kinds each relation type links, date precisions, claims per subject, roles,
 * acronyms) and reproduced at the requested size. Endpoints are drawn with a power-law rank
 * distribution per kind, so a few entities become hubs with tens of thousands of relations, as
 * NATO or the United States are in the real data.
 *
 * Memory stays small: only the relation endpoints are kept (typed arrays, 9 bytes a relation);
 * every entity, relation and claim is rebuilt on demand from its own seeded random stream, and the
 * batch generators yield rows a batch at a time.
 */
import { parsePartialDate } from '../server/src/domain/dates.js';
import { ENTITY_KINDS, ID_PREFIX, RELATION_TYPES, type EntityKind } from '../server/src/domain/vocabulary.js';
import type {
  Claim,
  Conflict,
  Dataset,
  DatedValue,
  Entity,
  Relation,
  SourceDocument,
} from '../server/src/domain/model.js';
import { SEED_DIR, SOURCES_DIR } from '../server/src/seed/paths.js';
import { relationId } from '../server/src/domain/relationId.js';
import { loadDataset } from '../server/src/seed/validate.js';

export type BenchSize = 'S' | 'M';
export const SIZES: Record<BenchSize, { entities: number; relations: number }> = {
  S: { entities: 1_000, relations: 10_000 },
  M: { entities: 100_000, relations: 1_000_000 },
};

// ---- Seeded randomness ------------------------------------------------------------------------

/** mulberry32: small, fast, good enough for test data, and the same on every machine. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A separate stream per (seed, purpose, index): any item can be rebuilt alone, in any order. */
function streamFor(seed: number, purpose: number, index: number): () => number {
  let h =
    Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(purpose + 1, 0xc2b2ae35) ^ Math.imul(index + 1, 0x27d4eb2f);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return mulberry32(h ^ (h >>> 16));
}
const ENTITY_STREAM = 1;
const RELATION_STREAM = 2;
const ENDPOINT_STREAM = 3;

/** Draws keys with probability proportional to their weights. */
class WeightedChoice<T> {
  private readonly keys: T[];
  private readonly cumulative: number[];
  constructor(weights: Map<T, number>) {
    this.keys = [...weights.keys()];
    let sum = 0;
    this.cumulative = [...weights.values()].map((w) => (sum += w));
    if (sum <= 0) throw new Error('no weights to choose from');
  }
  pick(random: () => number): T {
    const target = random() * this.cumulative.at(-1)!;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return this.keys[lo]!;
  }
}

function tally<T>(items: Iterable<T>): Map<T, number> {
  const counts = new Map<T, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

// ---- The profile measured on the seed ---------------------------------------------------------

type Precision = DatedValue['precision'];

interface Triple {
  from: EntityKind;
  type: (typeof RELATION_TYPES)[number];
  to: EntityKind;
}

/** What the generator reproduces, measured on a real dataset. */
export interface SeedProfile {
  documents: SourceDocument[];
  kinds: WeightedChoice<EntityKind>;
  typesByKind: Map<EntityKind, WeightedChoice<string>>;
  /** Mean relations per entity of each type: states and organisations are the seed's hubs. */
  meanDegreeByType: Map<string, number>;
  triples: WeightedChoice<Triple>;
  /** Share of relations with a since / until date, and the precisions those dates have. */
  sinceRate: number;
  untilRate: number;
  sincePrecision: WeightedChoice<Precision>;
  untilPrecision: WeightedChoice<Precision>;
  startRate: number;
  endRate: number;
  claimsPerSubject: WeightedChoice<number>;
  /** Lines a citation spans, minus one. */
  citationSpan: WeightedChoice<number>;
  roleRate: number;
  acronymRate: number;
  aliasRate: number;
}

export function measureSeed(seed: Dataset): SeedProfile {
  const kindOf = new Map(seed.entities.map((e) => [e.id, e.kind]));
  const triples = new Map<string, { triple: Triple; n: number }>();
  for (const r of seed.relations) {
    const triple = { from: kindOf.get(r.from)!, type: r.type, to: kindOf.get(r.to)! };
    const key = `${triple.from}|${triple.type}|${triple.to}`;
    triples.set(key, { triple, n: (triples.get(key)?.n ?? 0) + 1 });
  }
  const precisions = (dates: (DatedValue | null)[]) =>
    new WeightedChoice(tally(dates.filter((d): d is DatedValue => d !== null).map((d) => d.precision)));
  const rate = (n: number, of: number) => n / Math.max(of, 1);
  const degree = tally(seed.relations.flatMap((r) => [r.from, r.to]));
  const typeCounts = tally(seed.entities.map((e) => e.type));
  const typeDegrees = new Map<string, number>();
  for (const e of seed.entities) typeDegrees.set(e.type, (typeDegrees.get(e.type) ?? 0) + (degree.get(e.id) ?? 0));
  return {
    documents: seed.documents,
    kinds: new WeightedChoice(tally(seed.entities.map((e) => e.kind))),
    typesByKind: new Map(
      ENTITY_KINDS.map((kind) => [
        kind,
        new WeightedChoice(tally(seed.entities.filter((e) => e.kind === kind).map((e) => e.type))),
      ]),
    ),
    meanDegreeByType: new Map([...typeCounts].map(([type, n]) => [type, (typeDegrees.get(type) ?? 0) / n])),
    triples: new WeightedChoice(new Map([...triples.values()].map(({ triple, n }) => [triple, n]))),
    sinceRate: rate(seed.relations.filter((r) => r.since).length, seed.relations.length),
    untilRate: rate(seed.relations.filter((r) => r.until).length, seed.relations.length),
    sincePrecision: precisions(seed.relations.map((r) => r.since)),
    untilPrecision: precisions(seed.relations.map((r) => r.until)),
    startRate: rate(seed.entities.filter((e) => e.start).length, seed.entities.length),
    endRate: rate(seed.entities.filter((e) => e.end).length, seed.entities.length),
    claimsPerSubject: new WeightedChoice(tally(tally(seed.claims.map((c) => c.subjectId)).values())),
    citationSpan: new WeightedChoice(tally(seed.claims.map((c) => Math.min(c.lineEnd - c.lineStart, 20)))),
    roleRate: rate(seed.relations.filter((r) => r.role).length, seed.relations.length),
    acronymRate: rate(seed.entities.filter((e) => e.acronym).length, seed.entities.length),
    aliasRate: rate(
      seed.entities.filter((e) => e.aliases.length + e.aliasesJa.length > 0).length,
      seed.entities.length,
    ),
  };
}

// ---- Bilingual names --------------------------------------------------------------------------

/** Syllables with their katakana: names read the same in both languages. */
const SYLLABLES: readonly (readonly [string, string])[] = [
  ['ka', 'カ'],
  ['ki', 'キ'],
  ['ku', 'ク'],
  ['ko', 'コ'],
  ['sa', 'サ'],
  ['shi', 'シ'],
  ['su', 'ス'],
  ['so', 'ソ'],
  ['ta', 'タ'],
  ['te', 'テ'],
  ['to', 'ト'],
  ['na', 'ナ'],
  ['ni', 'ニ'],
  ['no', 'ノ'],
  ['ha', 'ハ'],
  ['hi', 'ヒ'],
  ['fu', 'フ'],
  ['ho', 'ホ'],
  ['ma', 'マ'],
  ['mi', 'ミ'],
  ['mo', 'モ'],
  ['ra', 'ラ'],
  ['ri', 'リ'],
  ['ru', 'ル'],
  ['re', 'レ'],
  ['ro', 'ロ'],
  ['ya', 'ヤ'],
  ['yo', 'ヨ'],
  ['wa', 'ワ'],
  ['be', 'ベ'],
  ['da', 'ダ'],
  ['go', 'ゴ'],
];
/** Kanji with their readings, for the names of fields of cooperation. */
const KANJI: readonly (readonly [string, string])[] = [
  ['東', 'tō'],
  ['西', 'sei'],
  ['南', 'nan'],
  ['北', 'hoku'],
  ['海', 'kai'],
  ['空', 'kū'],
  ['宙', 'chū'],
  ['電', 'den'],
  ['脳', 'nō'],
  ['情', 'jō'],
  ['報', 'hō'],
  ['防', 'bō'],
  ['衛', 'ei'],
  ['技', 'gi'],
  ['術', 'jutsu'],
  ['資', 'shi'],
  ['源', 'gen'],
  ['核', 'kaku'],
  ['医', 'i'],
  ['港', 'kō'],
];
const NAME_SPACE = SYLLABLES.length ** 4;

/** Four syllables per entity index, scrambled by an odd multiplier so neighbours do not look alike; unique up to 1M. */
function syllablesOf(index: number): (readonly [string, string])[] {
  let n = Number((BigInt(index) * 2654435761n) % BigInt(NAME_SPACE));
  const parts: (readonly [string, string])[] = [];
  for (let i = 0; i < 4; i++) {
    parts.push(SYLLABLES[n % SYLLABLES.length]!);
    n = Math.floor(n / SYLLABLES.length);
  }
  return parts;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** English and Japanese name patterns per entity type: {x} is the generated proper name. */
const NAME_PATTERNS: Record<string, readonly [string, string]> = {
  state: ['Republic of {x}', '{x}共和国'],
  organisation: ['{x} Treaty Organization', '{x}条約機構'],
  body: ['{x} Defence Council', '{x}防衛評議会'],
  person: ['{x}', '{x}'],
  alliance: ['{x} Alliance', '{x}同盟'],
  treaty: ['Treaty of {x}', '{x}条約'],
  partnership: ['{x} Partnership Programme', '{x}パートナーシップ計画'],
  agreement: ['{x} Security Agreement', '{x}安全保障協定'],
  grouping: ['{x} Dialogue', '{x}対話'],
  'regional-organisation': ['Association of {x} States', '{x}諸国連合'],
  forum: ['{x} Regional Forum', '{x}地域フォーラム'],
  status: ['{x} Partner Status', '{x}パートナー資格'],
  mission: ['Operation {x}', '{x}作戦'],
  initiative: ['{x} Initiative', '{x}構想'],
  declaration: ['{x} Declaration', '{x}宣言'],
  summit: ['{x} Summit', '{x}首脳会合'],
  ministerial: ['{x} Ministerial Meeting', '{x}閣僚会合'],
  meeting: ['{x} Meeting', '{x}会議'],
  speech: ['Speech at {x}', '{x}演説'],
  visit: ['Visit to {x}', '{x}訪問'],
  signing: ['Signing at {x}', '{x}署名式'],
  exercise: ['Exercise {x}', '{x}演習'],
  crisis: ['{x} Crisis', '{x}危機'],
  other: ['{x} Conference', '{x}会議'],
};

function entityNames(index: number, type: string, random: () => number): { name: string; nameJa: string } {
  if (type === 'area') {
    // Fields of cooperation get kanji names: four characters, read in romaji for the English name.
    let n = index;
    const chars: (readonly [string, string])[] = [];
    for (let i = 0; i < 4; i++) {
      chars.push(KANJI[n % KANJI.length]!);
      n = Math.floor(n / KANJI.length);
    }
    return {
      name: `${capitalise(chars.map(([, reading]) => reading).join(''))} cooperation`,
      nameJa: `${chars.map(([kanji]) => kanji).join('')}分野`,
    };
  }
  const parts = syllablesOf(index);
  let proper = capitalise(parts.map(([romaji]) => romaji).join(''));
  let properJa = parts.map(([, kana]) => kana).join('');
  if (type === 'person') {
    const given = [
      SYLLABLES[Math.floor(random() * SYLLABLES.length)]!,
      SYLLABLES[Math.floor(random() * SYLLABLES.length)]!,
    ];
    proper = `${capitalise(given.map(([romaji]) => romaji).join(''))} ${proper}`;
    properJa = `${given.map(([, kana]) => kana).join('')}・${properJa}`;
  }
  const [en, ja] = NAME_PATTERNS[type] ?? ['{x}', '{x}'];
  return { name: en.replace('{x}', proper), nameJa: ja.replace('{x}', properJa) };
}

// ---- Dates ------------------------------------------------------------------------------------

/** A date of the given precision between 1945 and 2025, recent years more likely (as in the sources). */
function randomDate(precision: Precision, random: () => number): DatedValue {
  const year = 2025 - Math.floor(80 * random() ** 2);
  const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
  const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
  const text: Record<Precision, string> = {
    YEAR: String(year),
    MONTH: `${year}-${month}`,
    DAY: `${year}-${month}-${day}`,
    FISCAL_YEAR: `FY${year}`,
    DECADE: `${Math.floor(year / 10) * 10}s`,
    BY: `by:${year}`,
    PRESENT: 'present',
  };
  const parsed = parsePartialDate(text[precision], true);
  if (typeof parsed === 'string') throw new Error(`generated an invalid date: ${parsed}`);
  return { value: parsed.value, precision: parsed.precision, year: parsed.year };
}

// ---- The graph --------------------------------------------------------------------------------

/** Rank-based power law: index = n·u^EXPONENT, so rank 0 gets about n^(-1/EXPONENT) of all draws. */
const HUB_EXPONENT = 3.5;
/** A few relations (this many, evenly spread) have two claims that disagree on their start: DATE conflicts. */
const CONFLICTS = 10;

export interface Hub {
  id: string;
  name: string;
  degree: number;
}

export class SyntheticGraph {
  readonly entityCount: number;
  readonly relationCount: number;
  private readonly entityKind: Uint8Array;
  private readonly entityIds: string[];
  private readonly entityIdsByKind = new Map<EntityKind, Int32Array>();
  private readonly relationFrom: Int32Array;
  private readonly relationTo: Int32Array;
  private readonly relationType: Uint8Array;
  /** Disambiguates the rare second relation of a type between the same pair (the seed's `key`). */
  private readonly relationKey: Uint8Array;
  readonly degree: Uint32Array;

  constructor(
    private readonly profile: SeedProfile,
    readonly size: BenchSize,
    readonly seed = 42,
  ) {
    const { entities, relations } = SIZES[size];
    this.entityCount = entities;
    this.relationCount = relations;
    this.entityKind = new Uint8Array(entities);
    // Each kind's entities in popularity order: a weighted random order (exponential race) in
    // which types that are well connected in the seed, such as organisations and states, come first.
    const byKind = new Map<EntityKind, { index: number; rank: number }[]>(ENTITY_KINDS.map((k) => [k, []]));
    for (let i = 0; i < entities; i++) {
      const random = streamFor(seed, ENTITY_STREAM, i);
      const kind = profile.kinds.pick(random);
      const type = profile.typesByKind.get(kind)!.pick(random);
      this.entityKind[i] = ENTITY_KINDS.indexOf(kind);
      const weight = Math.max(profile.meanDegreeByType.get(type) ?? 1, 0.1);
      byKind.get(kind)!.push({ index: i, rank: -Math.log(1 - random()) / weight });
    }
    this.entityIds = Array.from(
      { length: entities },
      (_, i) =>
        `${ID_PREFIX[ENTITY_KINDS[this.entityKind[i]!]!]}:${syllablesOf(i)
          .map(([romaji]) => romaji)
          .join('')}-${i}`,
    );
    for (const [kind, members] of byKind)
      this.entityIdsByKind.set(kind, Int32Array.from(members.sort((a, b) => a.rank - b.rank).map((m) => m.index)));

    this.relationFrom = new Int32Array(relations);
    this.relationTo = new Int32Array(relations);
    this.relationType = new Uint8Array(relations);
    this.relationKey = new Uint8Array(relations);
    this.degree = new Uint32Array(entities);
    // Pairs already used, as numbers: (from·n + to)·types + type. Only needed while drawing.
    const used = new Set<number>();
    const random = streamFor(seed, ENDPOINT_STREAM, 0);
    for (let j = 0; j < relations; j++) {
      let from = 0;
      let to = 0;
      let type = 0;
      let key = 0;
      for (;;) {
        key = 0;
        const triple = profile.triples.pick(random);
        from = this.drawEndpoint(triple.from, random);
        to = this.drawEndpoint(triple.to, random);
        type = RELATION_TYPES.indexOf(triple.type);
        if (from === to) continue;
        const pair = (from * entities + to) * RELATION_TYPES.length + type;
        // Hub-to-hub pairs repeat; like the seed, a repeated relation gets a key.
        while (used.has(pair * 256 + key) && key < 255) key++;
        if (key === 255) continue;
        used.add(pair * 256 + key);
        break;
      }
      this.relationFrom[j] = from;
      this.relationTo[j] = to;
      this.relationType[j] = type;
      this.relationKey[j] = key;
      this.degree[from]!++;
      this.degree[to]!++;
    }
    const pools = [...this.entityIdsByKind.values()].filter((pool) => pool.length > 0);
    if (pools.length === 0) throw new Error('the profile has no entities');
  }

  private drawEndpoint(kind: EntityKind, random: () => number): number {
    const pool = this.entityIdsByKind.get(kind)!;
    return pool[Math.floor(pool.length * random() ** HUB_EXPONENT)]!;
  }

  get documents(): SourceDocument[] {
    return this.profile.documents;
  }

  entityId(index: number): string {
    return this.entityIds[index]!;
  }

  entity(index: number): Entity {
    const random = streamFor(this.seed, ENTITY_STREAM, index);
    const kind = this.profile.kinds.pick(random);
    const type = this.profile.typesByKind.get(kind)!.pick(random);
    random(); // the draw that ranked the entity
    const { name, nameJa } = entityNames(index, type, random);
    const acronym =
      kind !== 'Area' && type !== 'person' && random() < this.profile.acronymRate
        ? name
            .split(/\s+/)
            .map((w) => w.charAt(0).toUpperCase())
            .join('')
        : null;
    const hasAlias = random() < this.profile.aliasRate;
    const start =
      random() < this.profile.startRate ? randomDate(this.profile.sincePrecision.pick(random), random) : null;
    const end =
      start !== null && random() < this.profile.endRate / Math.max(this.profile.startRate, 1e-9)
        ? laterDate(start, this.profile.untilPrecision.pick(random), random)
        : null;
    return {
      id: this.entityId(index),
      kind,
      type,
      name,
      nameJa,
      acronym,
      aliases: hasAlias ? [`${name.split(' ')[0]} ${index}`] : [],
      aliasesJa: hasAlias ? [`${nameJa.slice(0, 6)}${index}`] : [],
      description: `A synthetic ${type} for benchmarks (number ${index}).`,
      descriptionJa: `ベンチマーク用の合成データ（${index}番）。`,
      place: kind === 'Event' ? `${capitalise(syllablesOf(index + 1)[0]![0])}ville` : null,
      placeJa: kind === 'Event' ? `${syllablesOf(index + 1)[0]![1]}市` : null,
      start,
      end,
    };
  }

  private get conflictEvery(): number {
    return Math.floor(this.relationCount / CONFLICTS);
  }

  private isConflicted(j: number): boolean {
    return j % this.conflictEvery === this.conflictEvery - 1;
  }

  relation(j: number): Relation {
    const random = streamFor(this.seed, RELATION_STREAM, j);
    const type = RELATION_TYPES[this.relationType[j]!]!;
    const from = this.entityId(this.relationFrom[j]!);
    const to = this.entityId(this.relationTo[j]!);
    const key = this.relationKey[j]! > 0 ? `k${this.relationKey[j]}` : undefined;
    const since =
      this.isConflicted(j) || random() < this.profile.sinceRate
        ? randomDate(this.profile.sincePrecision.pick(random), random)
        : null;
    const until =
      since !== null && random() < this.profile.untilRate / Math.max(this.profile.sinceRate, 1e-9)
        ? laterDate(since, this.profile.untilPrecision.pick(random), random)
        : null;
    const hasRole = random() < this.profile.roleRate;
    return {
      id: relationId(type, from, to, key),
      type,
      from,
      to,
      role: hasRole ? 'member' : null,
      roleJa: hasRole ? '加盟国' : null,
      since: this.isConflicted(j)
        ? { value: String(since!.year! - 1), precision: 'YEAR', year: since!.year! - 1 }
        : since,
      until,
    };
  }

  /** The citations of one entity or relation; a conflicted relation's two claims disagree on its start. */
  private claimsFor(
    subjectId: string,
    subjectKind: Claim['subjectKind'],
    dates: { since: DatedValue | null; until: DatedValue | null },
    random: () => number,
    conflicted: boolean,
  ): Claim[] {
    const count = conflicted ? 2 : this.profile.claimsPerSubject.pick(random);
    const claims: Claim[] = [];
    const ids = new Set<string>();
    for (let i = 0; i < count; i++) {
      const doc = this.documents[Math.floor(random() * this.documents.length)]!;
      const span = this.profile.citationSpan.pick(random);
      const lineStart = 1 + Math.floor(random() * Math.max(doc.lineCount - span, 1));
      const lineEnd = Math.min(lineStart + span, doc.lineCount);
      let id = `${subjectId}@${doc.id}:${lineStart}-${lineEnd}`;
      for (let n = 2; ids.has(id); n++) id = `${subjectId}@${doc.id}:${lineStart}-${lineEnd}#${n}`;
      ids.add(id);
      const since = conflicted && i === 0 && dates.since ? String(dates.since.year! + 1) : (dates.since?.value ?? null);
      claims.push({
        id,
        subjectId,
        subjectKind,
        doc: doc.id,
        lineStart,
        lineEnd,
        note: `Synthetic passage ${i + 1} about ${subjectId}.`,
        noteJa: `${subjectId}に関する合成の記述${i + 1}。`,
        since,
        until: dates.until?.value ?? null,
        conflictIds: [],
        conflictsWith: [],
      });
    }
    if (conflicted) {
      const [a, b] = claims as [Claim, Claim];
      const conflictId = `date:${subjectId}:since`;
      a.conflictIds.push(conflictId);
      b.conflictIds.push(conflictId);
      a.conflictsWith.push(b.id);
      b.conflictsWith.push(a.id);
    }
    return claims;
  }

  entityClaims(index: number): Claim[] {
    const entity = this.entity(index);
    if (entity.start === null) return [];
    const random = streamFor(this.seed, ENTITY_STREAM, this.entityCount + index);
    return this.claimsFor(entity.id, 'ENTITY', { since: entity.start, until: entity.end }, random, false);
  }

  relationClaims(j: number): Claim[] {
    const relation = this.relation(j);
    const random = streamFor(this.seed, RELATION_STREAM, this.relationCount + j);
    return this.claimsFor(relation.id, 'RELATION', relation, random, this.isConflicted(j));
  }

  conflicts(): Conflict[] {
    const conflicts: Conflict[] = [];
    for (let j = this.conflictEvery - 1; j < this.relationCount; j += this.conflictEvery) {
      const r = this.relation(j);
      conflicts.push({
        id: `date:${r.id}:since`,
        kind: 'DATE',
        topic: `Sources disagree on the start of ${r.from} ${r.type} ${r.to}`,
        topicJa: `${r.from} ${r.type} ${r.to}の開始時期について資料の記述が食い違う`,
        subjectId: r.id,
        field: 'since',
        sides: this.relationClaims(j)
          .slice(0, 2)
          .map((c) => ({
            id: c.since!,
            position: c.since!,
            positionJa: c.since!,
            claimIds: [c.id],
            documents: [c.doc],
          })),
      });
    }
    return conflicts;
  }

  *entityBatches(batchSize: number): Generator<Entity[]> {
    yield* batches(this.entityCount, batchSize, (i) => [this.entity(i)]);
  }

  *relationBatches(batchSize: number): Generator<Relation[]> {
    yield* batches(this.relationCount, batchSize, (j) => [this.relation(j)]);
  }

  /** Entity claims first, then relation claims. */
  *claimBatches(batchSize: number): Generator<Claim[]> {
    yield* batches(this.entityCount + this.relationCount, batchSize, (i) =>
      i < this.entityCount ? this.entityClaims(i) : this.relationClaims(i - this.entityCount),
    );
  }

  /** Everything at once, as the seed validator would produce it. */
  toDataset(): Dataset {
    const all = <T>(gen: Generator<T[]>): T[] => [...gen].flat();
    return {
      documents: this.documents,
      entities: all(this.entityBatches(10_000)),
      relations: all(this.relationBatches(10_000)),
      claims: all(this.claimBatches(10_000)),
      conflicts: this.conflicts(),
    };
  }

  /** The best-connected entities, most relations first. */
  hubs(count: number, kind?: EntityKind): Hub[] {
    const order = [...this.degree.keys()]
      .filter((i) => kind === undefined || ENTITY_KINDS[this.entityKind[i]!] === kind)
      .sort((a, b) => this.degree[b]! - this.degree[a]!);
    return order
      .slice(0, count)
      .map((i) => ({ id: this.entityId(i), name: this.entity(i).name, degree: this.degree[i]! }));
  }

  /** Entities spread over the degree range (deterministic), for requests that are not all about hubs. */
  sampleEntities(count: number, random = mulberry32(this.seed + 7)): number[] {
    return Array.from({ length: count }, () => Math.floor(random() * this.entityCount));
  }
}

/** The synthetic graph of a size, shaped like the project's seed. */
export function syntheticGraph(size: BenchSize, seed = 42): SyntheticGraph {
  return new SyntheticGraph(measureSeed(loadDataset(SEED_DIR, { sourcesDir: SOURCES_DIR }).dataset), size, seed);
}

/** An end date no earlier than the start (or "present"). */
function laterDate(start: DatedValue, precision: Precision, random: () => number): DatedValue {
  if (precision === 'PRESENT') return { value: 'present', precision: 'PRESENT', year: null };
  for (;;) {
    const candidate = randomDate(precision, random);
    if ((candidate.year ?? 0) > (start.year ?? 0)) return candidate;
    if ((start.year ?? 0) >= 2024) return { value: 'present', precision: 'PRESENT', year: null };
  }
}

function* batches<T>(count: number, batchSize: number, rowsOf: (index: number) => T[]): Generator<T[]> {
  let batch: T[] = [];
  for (let i = 0; i < count; i++) {
    for (const row of rowsOf(i)) batch.push(row);
    if (batch.length >= batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
