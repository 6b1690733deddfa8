/**
 * Data access: the only code that talks Cypher. Every query comes from cypher/*.cypher and takes
 * its values as parameters; every read runs in a short READ session (sessions.ts) with a per-query
 * timeout, and a driver failure leaves it as one of the typed errors of db/errors.ts.
 */
import { createHash } from 'node:crypto';
import type { Driver, ManagedTransaction, Record as Neo4jRecord } from 'neo4j-driver';
import type { EntityKind, RelationType } from '../domain/vocabulary.js';
import type { ClaimRecord, ConflictRecord, EntityRecord, RelationRecord, SourceRecord } from './records.js';
import { parseRelationId } from '../domain/relationId.js';
import { cypher } from './cypherFiles.js';
import { cypherParams } from './params.js';
import { readTransaction, type BookmarkSource, type Bookmarks, type SessionObserver } from './sessions.js';

export interface RepositoryOptions {
  database?: string;
  /** Upper bound for any one read, enforced by the database. */
  queryTimeoutMs: number;
  observer?: SessionObserver;
  /** Writes every read must see: set by readingAfter for a writer, never for anonymous readers. */
  bookmarks?: Bookmarks | BookmarkSource;
}

export type Direction = 'OUT' | 'IN' | 'BOTH';

export interface RelationPageRequest {
  types: RelationType[] | null;
  direction: Direction;
  asOf: number | null;
  first: number;
  after: string | null;
}

/**
 * How much of each relation's claims a composing query reads: all of them, their citations
 * without the notes, or none (each relation still carries its claim count and conflict flag).
 */
export type ClaimsRead = 'FULL' | 'CITATIONS' | 'NONE';

/** What the details panel's query leaves out when the operation does not ask for it. */
export interface DetailsRead {
  /** Whether the relations' claims are read (else only their counts and conflict flags). */
  relationClaims: boolean;
  /** Whether the other ends leave out descriptions and aliases. */
  summaryOnly: boolean;
}

export interface RelationPage {
  totalCount: number;
  relations: RelationRecord[];
  hasNextPage: boolean;
}

/** What entity-details.cypher composes: the details panel's whole answer. */
export interface EntityDetailsRecord {
  entity: EntityRecord;
  claims: ClaimRecord[];
  page: RelationPage;
  /** The other ends of the page's relations. */
  others: EntityRecord[];
  /** The claims that disagree with any of the entity's or its relations' claims. */
  conflicting: ClaimRecord[];
  documents: SourceRecord[];
}

export interface GraphSliceRecord {
  nodes: EntityRecord[];
  edges: RelationRecord[];
  truncated: boolean;
}

export interface PathRecord {
  nodes: EntityRecord[];
  edges: RelationRecord[];
}

export interface TimelineRecord {
  kind: 'ENTITY_START' | 'ENTITY_END' | 'RELATION_SINCE' | 'RELATION_UNTIL';
  value: string;
  precision: string;
  year: number;
  entityId: string | null;
  relation: RelationRecord | null;
}

export interface AtlasInfoRecord {
  entityCount: number;
  relationCount: number;
  claimCount: number;
  conflictCount: number;
  minYear: number | null;
  maxYear: number | null;
}

export interface GraphFingerprint {
  nodes: number;
  relationships: number;
  checksum: string;
}

/**
 * A hub: an entity with more relations than this. Paths are not searched through hubs, and only
 * this many of a hub's relations are read when collecting a neighbourhood's links.
 */
export const HUB_DEGREE = 1000;
/** Hop counts paths-to-hub.cypher is asked for in turn before the full search (it walks up to 3). */
const SHORT_PATH_HOPS = [2, 3] as const;
/** Links kept per node of a neighbourhood: the seed's densest views have about three. */
export const EDGES_PER_NODE = 4;

export class AtlasRepository {
  constructor(
    private readonly driver: Driver,
    private readonly options: RepositoryOptions,
  ) {}

  private read<T>(work: (tx: ManagedTransaction) => Promise<T>, timeoutMs = this.options.queryTimeoutMs): Promise<T> {
    const { database, observer, bookmarks } = this.options;
    return readTransaction({ driver: this.driver, database, observer }, work, { timeoutMs, bookmarks });
  }

  /**
   * The same reads, made after the writes these bookmarks stand for (read-your-writes): on a
   * cluster the member that serves them waits until it has those writes. For a signed-in writer,
   * with the bookmarks its last write returned (sessions.ts writeTransaction), or its session's
   * (SessionBookmarks), read when the first read needs them.
   */
  readingAfter(bookmarks: Bookmarks | BookmarkSource): AtlasRepository {
    return new AtlasRepository(this.driver, { ...this.options, bookmarks });
  }

  /** The records of one query file, read in a short session (also used by EvidenceRepository). */
  async rows(name: string, params: Record<string, unknown>): Promise<Neo4jRecord[]> {
    return this.read(async (tx) => (await tx.run(cypher(name), cypherParams(params))).records);
  }

  async ping(): Promise<boolean> {
    const records = await this.rows('queries/ping', {});
    return records[0]?.get('ready') === true;
  }

  async searchCandidates(luceneQuery: string, kinds: EntityKind[] | null, limit: number) {
    const records = await this.rows('queries/search', { query: luceneQuery, kinds, limit });
    return records.map((r) => ({ entity: r.get('entity') as EntityRecord, score: r.get('score') as number }));
  }

  async entitiesById(ids: readonly string[]): Promise<EntityRecord[]> {
    const records = await this.rows('queries/entities-by-id', { ids });
    return records.map((r) => r.get('entity') as EntityRecord);
  }

  async relationsById(ids: readonly string[]): Promise<RelationRecord[]> {
    const refs = ids.flatMap((id) => {
      const parsed = parseRelationId(id);
      return parsed ? [{ id, from: parsed.from, to: parsed.to }] : [];
    });
    if (refs.length === 0) return [];
    const records = await this.rows('queries/relations-by-id', { refs });
    return records.map((r) => r.get('relation') as RelationRecord);
  }

  /** The data version every write bumps (cypher/queries/bump-data-version.cypher); 0 before any load. */
  async dataVersion(): Promise<number> {
    const [record] = await this.rows('queries/data-version', {});
    return (record?.get('version') as number | undefined) ?? 0;
  }

  /**
   * An entity, its claims and a page of its relations with their claims (unless `read` leaves them
   * out) and other ends, in one query.
   */
  async entityDetails(
    id: string,
    request: RelationPageRequest,
    read: DetailsRead = { relationClaims: true, summaryOnly: false },
  ): Promise<EntityDetailsRecord | null> {
    const [record] = await this.rows('queries/entity-details', { id, ...request, ...read });
    if (record === undefined) return null;
    const documents = record.get('documents') as SourceRecord[];
    const entity = record.get('entity') as EntityRecord;
    const others = record.get('others') as EntityRecord[];
    const ends = new Map([entity, ...others].map((e) => [e.id, e]));
    const relations = withEnds(record.get('relations') as RelationRecord[], ends);
    const cite = citing(documents);
    for (const relation of relations) cite(relation.claims ?? []);
    return {
      entity,
      claims: cite(record.get('claims') as ClaimRecord[]),
      page: {
        totalCount: record.get('totalCount') as number,
        relations: relations.slice(0, request.first),
        hasNextPage: relations.length > request.first,
      },
      others,
      conflicting: cite(record.get('conflicting') as ClaimRecord[]),
      documents,
    };
  }

  async relationPages(ids: readonly string[], request: RelationPageRequest): Promise<Map<string, RelationPage>> {
    const records = await this.rows('queries/relations-of-entities', { ids, ...request });
    const pages = new Map<string, RelationPage>();
    for (const r of records) {
      const relations = r.get('relations') as RelationRecord[];
      pages.set(r.get('id') as string, {
        totalCount: r.get('totalCount') as number,
        relations: relations.slice(0, request.first),
        hasNextPage: relations.length > request.first,
      });
    }
    return pages;
  }

  /**
   * Breadth-first neighbourhood, one query per hop inside one read transaction. A hop takes at
   * most `limit + 1` new nodes per frontier node (hubs cannot flood it) and returns only as many as
   * there is room for, plus one to know that it cut. The links among the kept nodes are read at
   * most `HUB_DEGREE` per node and capped at `EDGES_PER_NODE` per kept node; `truncated`
   * says that either cap (or the node limit) may have left something out. The edges come with
   * their claims as `claims` asks (see ClaimsRead) and their claim counts unless `claimCount` is
   * false; `summaryOnly` leaves out the found entities' descriptions and aliases (for a caller that
   * will not show them).
   */
  async neighborhood(
    ids: readonly string[],
    depth: number,
    types: RelationType[] | null,
    asOf: number | null,
    limit: number,
    {
      claims = 'FULL',
      claimCount = true,
      summaryOnly = false,
    }: { claims?: ClaimsRead; claimCount?: boolean; summaryOnly?: boolean } = {},
  ): Promise<GraphSliceRecord> {
    return this.read(async (tx) => {
      const seeds = (await tx.run(cypher('queries/entities-by-id'), cypherParams({ ids }))).records.map(
        (r) => r.get('entity') as EntityRecord,
      );
      const nodes = new Map(seeds.map((e) => [e.id, e]));
      let truncated = false;
      let frontier = seeds.map((e) => e.id);
      for (let hop = 0; hop < depth && frontier.length > 0 && !truncated; hop++) {
        const room = Math.max(0, limit - nodes.size);
        const result = await tx.run(
          cypher('queries/expand'),
          cypherParams({
            frontier,
            seen: [...nodes.keys()],
            types,
            asOf,
            perNode: limit + 1,
            budget: room + 1,
            summaryOnly,
          }),
        );
        const found = result.records.map((r) => r.get('node') as EntityRecord);
        const kept = found.slice(0, room);
        truncated = found.length > room;
        for (const node of kept) nodes.set(node.id, node);
        frontier = kept.map((node) => node.id);
      }
      const maxEdges = EDGES_PER_NODE * nodes.size;
      const among = (
        await tx.run(
          cypher('queries/relations-among'),
          cypherParams({
            ids: [...nodes.keys()],
            types,
            asOf,
            scan: HUB_DEGREE,
            first: maxEdges + 1,
            claims,
            claimCount,
          }),
        )
      ).records.map((r) => r.get('relation') as RelationRecord);
      const edges = withEnds(among.slice(0, maxEdges), nodes);
      // Edges with their claims: the five documents they cite are read in the same transaction.
      if (claims !== 'NONE') {
        const cite = citing(
          (await tx.run(cypher('queries/sources'))).records.map((r) => r.get('document') as SourceRecord),
        );
        for (const edge of edges) cite(edge.claims ?? []);
      }
      const scanCut = [...nodes.values()].some((node) => (node.degree ?? 0) > HUB_DEGREE);
      return {
        nodes: [...nodes.values()],
        edges,
        truncated: truncated || scanCut || among.length > maxEdges,
      };
    });
  }

  /**
   * The shortest paths (at most `candidates + 1`, for the caller to rank; `first` is how many it
   * will show), and whether paths through hubs may have been left out. The search starts from the end with more relations: Neo4j's shortest-path search from a
   * small entity towards a hub timed out on the benchmark's large graph, the other way round it
   * took a quarter of a second; paths read the same either way and are turned back to `from`.
   * When an end is a hub, the short paths (most of them, since hubs are near everything) are
   * first looked for from the other end without scanning the hub (paths-to-hub.cypher: 10-50 ms
   * instead of 130-690 ms on the benchmark's hubs); the full search runs only if they are fewer
   * than `first`.
   */
  async paths(
    from: string,
    to: string,
    maxHops: number,
    types: RelationType[] | null,
    asOf: number | null,
    first: number,
    candidates: number,
  ): Promise<{ paths: PathRecord[]; hubNear: boolean }> {
    return this.read(async (tx) => {
      const ends = (
        await tx.run(
          cypher('queries/hubs-near'),
          cypherParams({ from, to, hubDegree: HUB_DEGREE, reach: Math.floor(maxHops / 2) }),
        )
      ).records;
      const hubNear = ends.some((r) => r.get('hubNear') === true);
      const degree = (id: string) => (ends.find((r) => r.get('id') === id)?.get('degree') as number | undefined) ?? 0;
      // Paths come back from the query's first end; turned round when that end is `to`.
      const bigger = degree(to) > degree(from) ? to : from;
      const smaller = bigger === to ? from : to;
      const oriented = (records: { get(key: string): unknown }[], startsAt: string): PathRecord[] =>
        records.map((r) => {
          const nodes = r.get('nodes') as EntityRecord[];
          const edges = r.get('edges') as RelationRecord[];
          return startsAt === from ? { nodes, edges } : { nodes: nodes.reverse(), edges: edges.reverse() };
        });
      const params = { types, asOf, first: candidates, hubDegree: HUB_DEGREE };
      if (degree(bigger) > HUB_DEGREE)
        for (const upTo of SHORT_PATH_HOPS) {
          const short = await tx.run(
            cypher('queries/paths-to-hub'),
            cypherParams({ ...params, from: smaller, to: bigger, upTo: Math.min(upTo, maxHops) }),
          );
          if (short.records.length > first || maxHops <= upTo)
            return { paths: oriented(short.records, smaller), hubNear };
        }
      const found = await tx.run(
        cypher('queries/paths'),
        cypherParams({ ...params, from: bigger, to: smaller, maxHops }),
      );
      return { paths: oriented(found.records, bigger), hubNear };
    });
  }

  async membershipRelations(
    frameworkIds: readonly string[],
    asOf: number | null,
  ): Promise<Map<string, RelationRecord[]>> {
    const records = await this.rows('queries/compare', { ids: frameworkIds, asOf });
    return new Map(records.map((r) => [r.get('frameworkId') as string, r.get('relations') as RelationRecord[]]));
  }

  async timeline(from: number | null, to: number | null, kinds: EntityKind[] | null): Promise<TimelineRecord[]> {
    const records = await this.rows('queries/timeline', { from, to, kinds });
    return records.map((r) => r.toObject() as unknown as TimelineRecord);
  }

  async claimsBySubject(subjectIds: readonly string[]): Promise<ClaimRecord[]> {
    const records = await this.rows('queries/claims-by-subject', { ids: subjectIds });
    return records.map((r) => r.get('claim') as ClaimRecord);
  }

  async claimsById(ids: readonly string[]): Promise<ClaimRecord[]> {
    const records = await this.rows('queries/claims-by-id', { ids });
    return records.map((r) => r.get('claim') as ClaimRecord);
  }

  async conflicts(): Promise<ConflictRecord[]> {
    return (await this.rows('queries/conflicts', {})).map((r) => r.get('conflict') as ConflictRecord);
  }

  async sources(): Promise<SourceRecord[]> {
    return (await this.rows('queries/sources', {})).map((r) => r.get('document') as SourceRecord);
  }

  async hasEntities(): Promise<boolean> {
    const [record] = await this.rows('queries/has-entities', {});
    return record?.get('hasEntities') === true;
  }

  async atlasInfo(): Promise<AtlasInfoRecord> {
    const [record] = await this.rows('queries/atlas-info', {});
    return record!.toObject() as unknown as AtlasInfoRecord;
  }

  /**
   * Counts plus a hash of the graph's ordered content, to prove a write changed nothing. An
   * operator's check over the whole graph, not an API read: it gets a minute, not the API timeout.
   */
  async fingerprint(): Promise<GraphFingerprint> {
    const [record] = await this.read(async (tx) => (await tx.run(cypher('queries/graph-fingerprint'))).records, 60_000);
    const content = record!.toObject();
    const checksum = createHash('sha256').update(JSON.stringify(content)).digest('hex');
    return { nodes: content.nodes as number, relationships: content.relationships as number, checksum };
  }
}

/** Hands each relation the entity records of its ends, where the caller has them. */
function withEnds(relations: RelationRecord[], entities: ReadonlyMap<string, EntityRecord>): RelationRecord[] {
  for (const relation of relations) {
    relation.fromEntity = entities.get(relation.from);
    relation.toEntity = entities.get(relation.to);
  }
  return relations;
}

/** Hands claims the document records they cite (read in the same query or transaction). */
function citing(documents: readonly SourceRecord[]): (claims: ClaimRecord[]) => ClaimRecord[] {
  const byId = new Map(documents.map((d) => [d.id, d]));
  return (claims) => {
    for (const claim of claims) claim.document = byId.get(claim.doc);
    return claims;
  };
}
