/**
 * Resolvers: check the arguments, delegate to the domain operation or data access, shape the
 * answer. Argument defaults are the SDL's (arguments.ts applies them to an explicit null too).
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { AtlasRepository, ClaimsRead, RelationPageRequest } from '../db/atlasRepository.js';
import type { ClaimRecord, EntityRecord } from '../db/records.js';
import { compareMemberships } from '../domain/compare.js';
import { PATH_CANDIDATES, rankPaths, WEAK_RELATION_TYPES } from '../domain/pathRanking.js';
import { parseRelationId } from '../domain/relationId.js';
import { MAX_SEARCH_LENGTH, searchEntities } from '../domain/search.js';
import type { EntityKind as DomainKind } from '../domain/vocabulary.js';
import { checkId, checkIds, checkInt, checkYear, LIMITS, optionalList } from './arguments.js';
import { primeDetails, primeEntities, type Loaders } from './context.js';
import { badInput } from './errors.js';
import type {
  DatePrecision,
  EntityKind,
  EntityRelationsArgs,
  QueryTraceArgs,
  RequireFields,
  Resolvers,
} from './generated.js';
import { selectedFieldArguments, selectsFieldAt } from './lookahead.js';

/**
 * What a loader's loadMany found, misses (null) left out. A failure (the database away) is thrown,
 * never silently dropped: an empty list would be a wrong answer, not an error.
 */
export function found<T>(values: (T | null | Error)[]): T[] {
  const failure = values.find((v): v is Error => v instanceof Error);
  if (failure) throw failure;
  return values.filter((v): v is T => v !== null);
}

const toDomainKind = (kind: EntityKind): DomainKind => (kind.charAt(0) + kind.slice(1).toLowerCase()) as DomainKind;
const toApiKind = (kind: DomainKind): EntityKind => kind.toUpperCase() as EntityKind;

type RelationsArgs = RequireFields<EntityRelationsArgs, 'direction' | 'first'>;

/** Entity.relations' arguments (SDL defaults applied), checked, as data access takes them. */
function relationPageRequest({ types, direction, asOf, first, after }: RelationsArgs): RelationPageRequest {
  return {
    types: optionalList(types),
    direction,
    asOf: checkYear('asOf', asOf),
    first: checkInt('first', first, LIMITS.relationsFirst),
    after: after ?? null,
  };
}

/** The fields of an entity that a `summaryOnly` read (neighborhood, entity details) leaves out. */
const DETAIL_FIELDS = ['aliases', 'aliasesJa', 'description', 'descriptionJa', 'place', 'placeJa'] as const;

/** The fields of a claim that a 'CITATIONS' read leaves out. */
const NOTE_FIELDS = ['note', 'noteJa'] as const;

/** How much of the claims of the relations at `path` the operation asks for. */
function claimsRead(info: GraphQLResolveInfo, path: readonly string[]): ClaimsRead {
  if (!selectsFieldAt(info, path, 'claims')) return 'NONE';
  return NOTE_FIELDS.some((note) => selectsFieldAt(info, [...path, 'claims'], note)) ? 'FULL' : 'CITATIONS';
}

const isConflicted = (claims: readonly ClaimRecord[]) => claims.some((c) => c.conflictsWith.length > 0);

function partialDate(value: string | null, precision: string | null, year: number | null) {
  return value && precision ? { value, precision: precision as DatePrecision, year } : null;
}

export const resolvers: Resolvers = {
  Query: {
    async search(_root, { text, kinds, first }, { repo, loaders }) {
      checkInt('first', first, LIMITS.searchFirst);
      if (text.length > MAX_SEARCH_LENGTH)
        throw badInput(`search text is limited to ${MAX_SEARCH_LENGTH} characters; got ${text.length}.`, 'text');
      const hits = await searchEntities(text, optionalList(kinds)?.map(toDomainKind) ?? null, first, (...query) =>
        repo.searchCandidates(...query),
      );
      primeEntities(
        loaders,
        hits.map((hit) => hit.entity),
      );
      return hits;
    },
    async entity(_root, { id }, { repo, loaders }, info) {
      // The details panel's shape (an entity with a page of its relations) is read in one query;
      // anything less is one entity from the loader.
      const relationsArgs = selectedFieldArguments(info, 'relations');
      if (relationsArgs === undefined) return loaders.entity.load(checkId('id', id));
      const request = relationPageRequest(relationsArgs as RelationsArgs);
      // A list of relations that shows their claim counts and other ends' names reads neither the
      // claims nor the other ends' descriptions (most of the answer's bytes).
      const edge = ['relations', 'edges'];
      const summaryOnly = ![
        [...edge, 'other'],
        [...edge, 'node', 'from'],
        [...edge, 'node', 'to'],
      ].some((path) => DETAIL_FIELDS.some((field) => selectsFieldAt(info, path, field)));
      const read = { relationClaims: selectsFieldAt(info, [...edge, 'node'], 'claims'), summaryOnly };
      const details = await repo.entityDetails(checkId('id', id), request, read);
      if (details === null) return null;
      primeDetails(loaders, details, request, summaryOnly);
      return details.entity;
    },
    async entities(_root, { ids }, { loaders }) {
      return found(await loaders.entity.loadMany(checkIds('ids', ids, LIMITS.entitiesIds)));
    },
    relation: (_root, { id }, { loaders }) => loaders.relation.load(checkId('id', id)),
    async neighborhood(_root, { ids, depth, relationTypes, asOf, limit }, { repo, loaders }, info) {
      const summaryOnly = ![['nodes'], ['edges', 'from'], ['edges', 'to']].some((path) =>
        DETAIL_FIELDS.some((field) => selectsFieldAt(info, path, field)),
      );
      const slice = await repo.neighborhood(
        checkIds('ids', ids, LIMITS.neighborhoodIds),
        checkInt('depth', depth, LIMITS.neighborhoodDepth),
        optionalList(relationTypes),
        checkYear('asOf', asOf),
        checkInt('limit', limit, LIMITS.neighborhoodLimit),
        // The notes are most of a claim's bytes, descriptions and aliases most of an entity's; a graph
        // view asks for the citations and entity summaries without them.
        { claims: claimsRead(info, ['edges']), claimCount: selectsFieldAt(info, ['edges'], 'claimCount'), summaryOnly },
      );
      // Summaries are not whole entities: other resolvers of the request read their own.
      if (!summaryOnly) primeEntities(loaders, slice.nodes);
      return slice;
    },
    async paths(_root, args, { repo, loaders }) {
      return (await trace(repo, loaders, args)).paths;
    },
    trace: (_root, args, { repo, loaders }) => trace(repo, loaders, args),
    async compare(_root, { ids, asOf }, { repo, loaders }) {
      const frameworkIds = checkIds('ids', ids, LIMITS.compareIds);
      const year = checkYear('asOf', asOf);
      const frameworks = found(await loaders.entity.loadMany(frameworkIds));
      const memberships = await repo.membershipRelations(
        frameworks.map((f) => f.id),
        year,
      );
      const comparison = compareMemberships(frameworks, memberships);
      const actorById = new Map(found(await loaders.entity.loadMany(comparison.actorIds)).map((e) => [e.id, e]));
      const actorOf = (id: string) => actorById.get(id)!;
      return {
        frameworks: comparison.frameworks,
        rows: comparison.rows.map((row) => ({ actor: actorOf(row.actorId), cells: row.cells })),
        overlaps: comparison.overlaps.map(({ a, b, actorIds }) => ({ a, b, actors: actorIds.map(actorOf) })),
      };
    },
    async timeline(_root, { from, to, kinds }, { repo }) {
      const items = await repo.timeline(
        checkYear('from', from),
        checkYear('to', to),
        optionalList(kinds)?.map(toDomainKind) ?? null,
      );
      return items.map((item) => ({
        kind: item.kind,
        date: { value: item.value, precision: item.precision as DatePrecision, year: item.year },
        entityId: item.entityId,
        relation: item.relation,
      }));
    },
    conflicts: (_root, _args, { repo }) => repo.conflicts(),
    sources: (_root, _args, { repo }) => repo.sources(),
    atlas: (_root, _args, { repo }) => repo.atlasInfo(),
  },

  Entity: {
    kind: (e) => toApiKind(e.kind),
    start: (e) => partialDate(e.start, e.startPrecision, e.startYear),
    end: (e) => partialDate(e.end, e.endPrecision, e.endYear),
    claims: (e, _args, { loaders }) => loaders.claimsBySubject.load(e.id),
    // Answered without a promise when the query that read the entity counted it (most do).
    degree: (e, _args, { loaders }) => e.degree ?? loaders.entity.load(e.id).then((found) => found?.degree ?? 0),
    async relations(e, args, { loaders }) {
      const page = await loaders.relationPage.load({ id: e.id, request: relationPageRequest(args) });
      return {
        totalCount: page.totalCount,
        edges: page.relations.map((node) => ({ cursor: node.id, node, ownerId: e.id })),
        pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.relations.at(-1)?.id ?? null },
      };
    },
  },

  Relation: {
    // What a composing query already read (ends, claims, documents) is answered as it is, without
    // a loader's promise: on a 300-node neighbourhood those promises were much of the API's time.
    from: (r, _args, { loaders }) => r.fromEntity ?? entityOrFail(loaders.entity.load(r.from), r.from),
    to: (r, _args, { loaders }) => r.toEntity ?? entityOrFail(loaders.entity.load(r.to), r.to),
    since: (r) => partialDate(r.since, r.sincePrecision, r.sinceYear),
    until: (r) => partialDate(r.until, r.untilPrecision, r.untilYear),
    claims: (r, _args, { loaders }) => r.claims ?? loaders.claimsBySubject.load(r.id),
    claimCount: (r, _args, { loaders }) =>
      r.claimCount ?? r.claims?.length ?? loaders.claimsBySubject.load(r.id).then((claims) => claims.length),
    conflicted: (r, _args, { loaders }) =>
      r.conflicted ?? (r.claims ? isConflicted(r.claims) : loaders.claimsBySubject.load(r.id).then(isConflicted)),
  },

  RelationEdge: {
    other: ({ node, ownerId }, _args, { loaders }) => {
      const [id, read] = node.from === ownerId ? [node.to, node.toEntity] : [node.from, node.fromEntity];
      return read ?? entityOrFail(loaders.entity.load(id), id);
    },
  },

  Claim: {
    async document(c, _args, { loaders }) {
      if (c.document) return c.document;
      const doc = await loaders.document.load(c.doc);
      if (!doc) throw new Error(`claim ${c.id} cites unknown document ${c.doc}`);
      return doc;
    },
    async conflictsWith(c, _args, { loaders }) {
      return found(await loaders.claim.loadMany(c.conflictsWith));
    },
  },

  SearchHit: {},

  TimelineItem: {
    entity: (item, _args, { loaders }) => (item.entityId ? loaders.entity.load(item.entityId) : null),
  },

  Conflict: {
    entity: (x, _args, { loaders }) =>
      x.subjectId && !parseRelationId(x.subjectId) ? loaders.entity.load(x.subjectId) : null,
    relation: (x, _args, { loaders }) =>
      x.subjectId && parseRelationId(x.subjectId) ? loaders.relation.load(x.subjectId) : null,
    async claims(x, _args, { loaders }) {
      return found(await loaders.claim.loadMany(x.claimIds));
    },
  },
};

async function entityOrFail(promise: Promise<EntityRecord | null>, id: string): Promise<EntityRecord> {
  const entity = await promise;
  // A relation's endpoints exist by construction of the loader; a miss is a bug, not user error.
  if (!entity) throw new Error(`relation endpoint ${id} not found`);
  return entity;
}

/** `paths` and `trace` take the same arguments; those with an SDL default are always set. */
type TraceArgs = RequireFields<QueryTraceArgs, 'first' | 'from' | 'maxHops' | 'to'>;

async function trace(repo: AtlasRepository, loaders: Loaders, args: TraceArgs) {
  const first = checkInt('first', args.first, LIMITS.pathsFirst);
  const { paths, hubNear } = await repo.paths(
    checkId('from', args.from),
    checkId('to', args.to),
    checkInt('maxHops', args.maxHops, LIMITS.pathsMaxHops),
    optionalList(args.relationTypes),
    checkYear('asOf', args.asOf),
    first,
    PATH_CANDIDATES,
  );
  for (const path of paths) primeEntities(loaders, path.nodes);
  // Ranked over all the candidates, so that the first page holds the most meaningful paths.
  const ranked = rankPaths(paths);
  const hasMore = ranked.length > first;
  return {
    paths: ranked.slice(0, first).map((p) => ({ ...p, length: p.edges.length })),
    hasMore,
    hubSkipped: hubNear,
    truncated: hasMore || hubNear,
    weakTypes: [...WEAK_RELATION_TYPES],
  };
}
