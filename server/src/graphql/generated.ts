import type { GraphQLResolveInfo } from 'graphql';
import type { EntityRecord, RelationRecord, RelationEdgeRecord, ClaimRecord, SourceRecord, ConflictRecord, TimelineItemRecord } from '../db/records.js';
import type { PassageRecord, SourceLineRecord, PassageHitRecord, ConflictSideRecord } from '../db/evidenceRecords.js';
import type { UserRecord, ChangeRecord } from '../db/curationRecords.js';
import type { RequestContext } from './context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

export type AddSourceInput = {
  /** A partial date as the seed writes it: 2024, 2024-07, 2024-07-09. */
  date: Scalars['String']['input'];
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** UTF-8 text, split on newlines into lines numbered from 1. */
  text: Scalars['String']['input'];
  title: Scalars['String']['input'];
  titleJa: Scalars['String']['input'];
};

export type AtlasInfo = {
  __typename?: 'AtlasInfo';
  claimCount: Scalars['Int']['output'];
  conflictCount: Scalars['Int']['output'];
  entityCount: Scalars['Int']['output'];
  maxYear?: Maybe<Scalars['Int']['output']>;
  /** Earliest and latest year of any dated fact: the range of the time slider. */
  minYear?: Maybe<Scalars['Int']['output']>;
  relationCount: Scalars['Int']['output'];
};

/** A proposed, accepted or rejected change, with who made and reviewed it. */
export type Change = {
  __typename?: 'Change';
  /** JSON text of the subject/claim after the change. */
  after?: Maybe<Scalars['String']['output']>;
  author: User;
  /** JSON text of the subject/claim before the change (null for new things). */
  before?: Maybe<Scalars['String']['output']>;
  /** The proposed claim (with its passage) for ADD_CLAIM and CORRECT_CLAIM; once accepted, the claim in the graph. */
  claim?: Maybe<Claim>;
  id: Scalars['ID']['output'];
  kind: ChangeKind;
  /** ISO timestamp. */
  proposedAt: Scalars['String']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  reviewComment?: Maybe<Scalars['String']['output']>;
  reviewedAt?: Maybe<Scalars['String']['output']>;
  reviewer?: Maybe<User>;
  status: ChangeStatus;
  /** The entity or relation (new ones get their id at proposal). */
  subjectId?: Maybe<Scalars['ID']['output']>;
  targetClaimId?: Maybe<Scalars['ID']['output']>;
  /** Bumps on review; reviewChange needs the current one. */
  version: Scalars['Int']['output'];
};

export type ChangeConnection = {
  __typename?: 'ChangeConnection';
  nodes: Array<Change>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ChangeKind =
  /** A new claim on an existing entity or relation, or on a new one proposed with it. */
  | 'ADD_CLAIM'
  /** Replaces a claim by a corrected one; the old one is kept, deprecated. */
  | 'CORRECT_CLAIM'
  /** Marks a claim deprecated, with a reason; it stays readable. */
  | 'DEPRECATE_CLAIM';

export type ChangeStatus =
  | 'ACCEPTED'
  | 'PROPOSED'
  | 'REJECTED';

/** A passage of a source document that supports an entity's or a relation's fact. */
export type Claim = {
  __typename?: 'Claim';
  /** Who proposed it; null for seed claims. */
  author?: Maybe<User>;
  /** Claims that say something else about the same question (on another side of a conflict). */
  conflictsWith: Array<Claim>;
  /** Deprecated claims stay readable, with the reason; clients may filter them out. */
  deprecated: Scalars['Boolean']['output'];
  deprecationReason?: Maybe<Scalars['String']['output']>;
  document: SourceDocument;
  /** The entities the claim is about: the entity itself, or the relation's two ends. */
  entities: Array<Entity>;
  id: Scalars['ID']['output'];
  lineEnd: Scalars['Int']['output'];
  lineStart: Scalars['Int']['output'];
  /** What the passage says, in our words. */
  note: Scalars['String']['output'];
  noteJa: Scalars['String']['output'];
  /** Where the claim comes from: the seed files or curation. */
  origin: Origin;
  /** The cited lines with `context` lines (0 to 20) before and after; null when the document's text is unavailable (its file was not in the sources directory when the graph was loaded). */
  passage?: Maybe<Passage>;
  /** Who accepted it; null for seed claims. */
  reviewer?: Maybe<User>;
  /** The start date the passage gives, if any. */
  since?: Maybe<Scalars['String']['output']>;
  /** The entity or relation this claim supports. */
  subjectId: Scalars['ID']['output'];
  /** The end date the passage gives, if any. */
  until?: Maybe<Scalars['String']['output']>;
  /** Optimistic-concurrency version: bumps when the claim is corrected or deprecated. */
  version: Scalars['Int']['output'];
};


/** A passage of a source document that supports an entity's or a relation's fact. */
export type ClaimPassageArgs = {
  context?: InputMaybe<Scalars['Int']['input']>;
};

export type ClaimInput = {
  documentId: Scalars['ID']['input'];
  lineEnd: Scalars['Int']['input'];
  lineStart: Scalars['Int']['input'];
  note: Scalars['String']['input'];
  noteJa: Scalars['String']['input'];
  /** Partial date: since for a relation, start for an entity. */
  since?: InputMaybe<Scalars['String']['input']>;
  /** Partial date: until for a relation, end for an entity. */
  until?: InputMaybe<Scalars['String']['input']>;
};

export type Comparison = {
  __typename?: 'Comparison';
  frameworks: Array<Entity>;
  /** Actors shared by each pair of frameworks. */
  overlaps: Array<Overlap>;
  /** One row per actor related to at least one of the frameworks. */
  rows: Array<ComparisonRow>;
};

export type ComparisonRow = {
  __typename?: 'ComparisonRow';
  actor: Entity;
  /** One cell per framework, in the order of `frameworks`. */
  cells: Array<MembershipCell>;
};

export type Conflict = {
  __typename?: 'Conflict';
  /** Every claim taking part, all sides. */
  claims: Array<Claim>;
  entity?: Maybe<Entity>;
  /** For date conflicts: which date (since, until, start, end). */
  field?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: ConflictKind;
  relation?: Maybe<Relation>;
  /** What each side says and who says it; claims on one side agree with each other. */
  sides: Array<ConflictSide>;
  topic: Scalars['String']['output'];
  topicJa: Scalars['String']['output'];
};

export type ConflictKind =
  /** Sources give different dates for the same fact. */
  | 'DATE'
  /** Sources state different facts on the same question. */
  | 'STATEMENT';

/** One side of a disagreement. */
export type ConflictSide = {
  __typename?: 'ConflictSide';
  claims: Array<Claim>;
  /** The documents behind this side, by id. */
  documents: Array<SourceDocument>;
  /** Unique within its conflict: the seed's side id, or for a date conflict the date. */
  id: Scalars['ID']['output'];
  /** What this side says: a short position in our words, or for a date conflict the date. */
  position: Scalars['String']['output'];
  positionJa: Scalars['String']['output'];
};

/** How much of a document the claims cite. */
export type Coverage = {
  __typename?: 'Coverage';
  /** Lines inside at least one claim's cited range. */
  citedLines: Scalars['Int']['output'];
  claimCount: Scalars['Int']['output'];
  lineCount: Scalars['Int']['output'];
};

export type DatePrecision =
  /** No later than the given date. */
  | 'BY'
  | 'DAY'
  | 'DECADE'
  | 'FISCAL_YEAR'
  | 'MONTH'
  /** Still in force / ongoing. */
  | 'PRESENT'
  | 'YEAR';

export type Direction =
  | 'BOTH'
  | 'IN'
  | 'OUT';

export type Entity = {
  __typename?: 'Entity';
  acronym?: Maybe<Scalars['String']['output']>;
  aliases: Array<Scalars['String']['output']>;
  aliasesJa: Array<Scalars['String']['output']>;
  /** Passages about the entity itself (its dates, what it is). */
  claims: Array<Claim>;
  /** Number of relations, all types and directions. */
  degree: Scalars['Int']['output'];
  description: Scalars['String']['output'];
  descriptionJa: Scalars['String']['output'];
  end?: Maybe<PartialDate>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  nameJa: Scalars['String']['output'];
  place?: Maybe<Scalars['String']['output']>;
  placeJa?: Maybe<Scalars['String']['output']>;
  relations: RelationConnection;
  start?: Maybe<PartialDate>;
  /** Sub-kind: state, organisation, alliance, partnership, summit … */
  type: Scalars['String']['output'];
};


export type EntityRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Int']['input']>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

export type EntityKind =
  | 'ACTOR'
  | 'AREA'
  | 'EVENT'
  | 'FRAMEWORK';

/**
 * The code in every error's `extensions.code`: one of these and nothing else. Errors also carry
 * `extensions.requestId`, the id to quote when reporting a problem (it is in the server's log).
 */
export type ErrorCode =
  /** The HTTP request is not a GraphQL request: wrong method, content type or body (assigned by Apollo Server and the HTTP layer). */
  | 'BAD_REQUEST'
  /** An argument is out of range or malformed (`extensions.argument` names it), or a variable does not fit its type. */
  | 'BAD_USER_INPUT'
  /** A stale expectedVersion or a change already reviewed; `extensions.current` holds the current state (HTTP 409). */
  | 'CONFLICT'
  /** The signed-in user's role does not allow this write (HTTP 403). */
  | 'FORBIDDEN'
  /** The document is not valid GraphQL syntax, or is too long (assigned by Apollo Server). */
  | 'GRAPHQL_PARSE_FAILED'
  /** The document does not fit the schema or its limits: unknown fields, too deep or too costly, an operation type the schema lacks (assigned by Apollo Server). */
  | 'GRAPHQL_VALIDATION_FAILED'
  /** Something failed on the server; the details are in its log under the request id (HTTP 500). */
  | 'INTERNAL_SERVER_ERROR'
  /** The thing asked for does not exist. Reserved: lookups by id answer null instead. */
  | 'NOT_FOUND'
  /** The document has several operations and none or an unknown one was named (assigned by Apollo Server). */
  | 'OPERATION_RESOLUTION_FAILURE'
  /** A persisted-query hash the server does not know (assigned by Apollo Server). */
  | 'PERSISTED_QUERY_NOT_FOUND'
  /** Persisted queries are not supported here (assigned by Apollo Server). */
  | 'PERSISTED_QUERY_NOT_SUPPORTED'
  /** Too many failed sign-in attempts for this account or address; wait (HTTP 429 with Retry-After). */
  | 'RATE_LIMITED'
  /** The query ran past the per-query time limit and was stopped; narrow it (HTTP 503 with Retry-After). */
  | 'TIMEOUT'
  /** A write without a valid session, or wrong sign-in credentials (HTTP 401). */
  | 'UNAUTHENTICATED'
  /** The graph database cannot be reached; retry in a few seconds (HTTP 503 with Retry-After). */
  | 'UNAVAILABLE';

export type GraphSlice = {
  __typename?: 'GraphSlice';
  edges: Array<Relation>;
  nodes: Array<Entity>;
  /** More nodes were reachable than `limit` allowed. */
  truncated: Scalars['Boolean']['output'];
};

export type MembershipCell = {
  __typename?: 'MembershipCell';
  framework: Entity;
  /** The membership-like relations (MEMBER_OF, PARTY_TO, SIGNATORY_OF) from the actor to the framework; empty when none. */
  relations: Array<Relation>;
};

/** Writes: curation (issue #17). Every mutation needs the session cookie `atlas_session` that signIn sets, except signIn itself. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a source document with its text, visible to everybody at once (CURATOR and above); claims citing it still need review. */
  addSource: SourceDocument;
  /** Proposes a new claim (optionally with the entity or relation it is about), a correction or a deprecation (CURATOR and above). Readers see nothing of it until a reviewer accepts it. */
  proposeChange: Change;
  /** Accepts or rejects a proposed change (REVIEWER and above). Final: a change already reviewed, or a stale expectedVersion, gives CONFLICT with extensions.current. */
  reviewChange: Change;
  /** Checks the password and sets the HttpOnly, SameSite=Lax session cookie `atlas_session` (Secure over HTTPS). Wrong credentials: UNAUTHENTICATED; too many failures: RATE_LIMITED. */
  signIn: User;
  /** Revokes the current session and clears its cookie; true when there was one. */
  signOut: Scalars['Boolean']['output'];
};


/** Writes: curation (issue #17). Every mutation needs the session cookie `atlas_session` that signIn sets, except signIn itself. */
export type MutationAddSourceArgs = {
  input: AddSourceInput;
};


/** Writes: curation (issue #17). Every mutation needs the session cookie `atlas_session` that signIn sets, except signIn itself. */
export type MutationProposeChangeArgs = {
  input: ProposeChangeInput;
};


/** Writes: curation (issue #17). Every mutation needs the session cookie `atlas_session` that signIn sets, except signIn itself. */
export type MutationReviewChangeArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  decision: ReviewDecision;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** Writes: curation (issue #17). Every mutation needs the session cookie `atlas_session` that signIn sets, except signIn itself. */
export type MutationSignInArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type NewEntityInput = {
  acronym?: InputMaybe<Scalars['String']['input']>;
  description: Scalars['String']['input'];
  descriptionJa: Scalars['String']['input'];
  kind: EntityKind;
  name: Scalars['String']['input'];
  nameJa: Scalars['String']['input'];
  type: Scalars['String']['input'];
};

export type NewRelationInput = {
  fromId: Scalars['ID']['input'];
  toId: Scalars['ID']['input'];
  type: RelationType;
};

export type Origin =
  /** Added through curation and accepted by a reviewer. */
  | 'CURATED'
  /** Loaded from the seed files. */
  | 'SEED';

export type Overlap = {
  __typename?: 'Overlap';
  a: Entity;
  actors: Array<Entity>;
  b: Entity;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A date as precise as the sources give it. */
export type PartialDate = {
  __typename?: 'PartialDate';
  precision: DatePrecision;
  /** As written: 2023, 2023-07, 2024-07-09, FY2024, 1990s, by:2025, present. */
  value: Scalars['String']['output'];
  /** The year used for 'as of' filtering; null for 'present'. */
  year?: Maybe<Scalars['Int']['output']>;
};

/** The lines a claim cites, with some context around them. */
export type Passage = {
  __typename?: 'Passage';
  document: SourceDocument;
  lineEnd: Scalars['Int']['output'];
  /** The cited range (the lines to highlight). */
  lineStart: Scalars['Int']['output'];
  /** From a few lines before `lineStart` to a few after `lineEnd`, in order. */
  lines: Array<SourceLine>;
};

/** A line of a source text that contains the searched text. */
export type PassageHit = {
  __typename?: 'PassageHit';
  document: SourceDocument;
  line: SourceLine;
  matchEnd: Scalars['Int']['output'];
  /** Where the searched text is in `line.text`: UTF-16 offsets, end exclusive (as JavaScript's String.slice counts). */
  matchStart: Scalars['Int']['output'];
};

export type Path = {
  __typename?: 'Path';
  /** What the path's hops weigh, the ranking's order (lower first): 1 for each hop of belonging, taking part or lineage, 3 for a stance, 4 for criticism, opposition or mere association. */
  cost: Scalars['Int']['output'];
  edges: Array<Relation>;
  length: Scalars['Int']['output'];
  nodes: Array<Entity>;
  /** Hops of a weak relation type (one of `Trace.weakTypes`). */
  weakHops: Scalars['Int']['output'];
};

export type ProposeChangeInput = {
  /** The claim for ADD_CLAIM and CORRECT_CLAIM. */
  claim?: InputMaybe<ClaimInput>;
  /** The target claim's version the curator saw; a stale one gives CONFLICT. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  kind: ChangeKind;
  newEntity?: InputMaybe<NewEntityInput>;
  newRelation?: InputMaybe<NewRelationInput>;
  /** Why (required for DEPRECATE_CLAIM). */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** ADD_CLAIM: exactly one of subjectId, newEntity, newRelation. An existing entity or relation id. */
  subjectId?: InputMaybe<Scalars['ID']['input']>;
  /** CORRECT_CLAIM and DEPRECATE_CLAIM: the claim changed. */
  targetClaimId?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * Alliance Atlas: a cited knowledge graph of NATO, its Indo-Pacific partners and the security
 * frameworks of Asia. Every relation carries the claims (source passages) that support it.
 */
export type Query = {
  __typename?: 'Query';
  /** Size and time span of the graph. */
  atlas: AtlasInfo;
  /** Proposed, accepted and rejected changes, newest first (CURATOR and above). `after` is a change id (pageInfo.endCursor). */
  changes: ChangeConnection;
  /** Which actors belong to which of the given frameworks (membership, party, signatory), and the overlaps. As of `asOf`: the memberships whose relation, actor and framework are all valid in that year. */
  compare: Comparison;
  /** Claims that disagree, each side with its citation. */
  conflicts: Array<Conflict>;
  /** One source document by id (000 … 004). */
  document?: Maybe<SourceDocument>;
  /** Several entities by id, in the order asked; unknown ids are left out. */
  entities: Array<Entity>;
  /** One entity by its stable id (e.g. framework:quad). */
  entity?: Maybe<Entity>;
  /** Every recorded change of an entity, relation or claim id, oldest first: accepted ones for everybody; signed-in curators also see proposed and rejected ones. */
  history: Array<Change>;
  /** The entities and relations around the given entities, up to `depth` hops. Capped at `limit` nodes and four relations per node, and only the first 1,000 relations of a hub are read; `truncated` says when more may exist. */
  neighborhood: GraphSlice;
  /** Distinct paths between two entities (tracing relations between frameworks): the 30 shortest, ranked by the meaning of their hops (membership, party, signatory, participation and lineage before support, criticism and comparison; see `Path.cost`), the first `first` (at most 30) of them. */
  paths: Array<Path>;
  /** One relation by its id. */
  relation?: Maybe<Relation>;
  /** Several relations by id (at most 500), in the order asked; unknown ids are left out. */
  relations: Array<Relation>;
  /** Entities whose names, acronyms or aliases (English or Japanese) match the text; exact and acronym matches first, small typos tolerated. */
  search: Array<SearchHit>;
  /** Lines of the source texts that contain `text` (2 to 100 characters; English or Japanese, found inside words too), in document and line order, at most `first` (1 to 50). `documents` keeps those documents only. */
  searchPassages: Array<PassageHit>;
  /** The source documents the graph is built from. */
  sources: Array<SourceDocument>;
  /** Dated facts (entities starting or ending, relations beginning or ending) between two years, oldest first. */
  timeline: Array<TimelineItem>;
  /** Like `paths`, and also says whether more paths may exist. */
  trace: Trace;
  /** The signed-in user; null when anonymous. */
  viewer?: Maybe<User>;
};


/**
 * Alliance Atlas: a cited knowledge graph of NATO, its Indo-Pacific partners and the security
 * frameworks of Asia. Every relation carries the claims (source passages) that support it.
 */
export type QueryChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ChangeStatus>;
};


/**
 * Alliance Atlas: a cited knowledge graph of NATO, its Indo-Pacific partners and the security
 * frameworks of Asia. Every relation carries the claims (source passages) that support it.
 */
export type QueryCompareArgs = {
  asOf?: InputMaybe<Scalars['Int']['input']>;
  ids: Array<Scalars['ID']['input']>;
};


/**
 * Alliance Atlas: a cited knowledge graph of NATO, its Indo-Pacific partners and the security
 * frameworks of Asia. Every relation carries the claims (source passages) that support it.
 */
export type QueryDocumentArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Alliance Atlas: a cited knowledge graph of NATO, its Indo-Pacific partners and the security
 * frameworks of Asia. Every relation carries the claims (source passages) that support it.
 */
export type QueryEntitiesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/**
 * Alliance Atlas: a cited knowledge graph of NATO, its Indo-Pacific partners and the security
 * frameworks of Asia. Every relation carries the claims (source passages) that support it.
 */
export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Alliance Atlas: a cited knowledge graph of NATO, its Indo-Pacific partners and the security
 * frameworks of Asia. Every relation carries the claims (source passages) that support it.
 */
export type QueryHistoryArgs = {
  subjectId: Scalars['ID']['input'];
};


/**
 * Alliance Atlas: a cited knowledge graph of NATO, its Indo-Pacific partners and the security
 * frameworks of Asia. Every relation carries the claims (source passages) that support it.
 */
export type QueryNeighborhoodArgs = {
  asOf?: InputMaybe<Scalars['Int']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  ids: Array<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  relationTypes?: InputMaybe<Array<RelationType>>;
};


/**
 * Alliance Atlas: a cited knowledge graph of NATO, its Indo-Pacific partners and the security
 * frameworks of Asia. Every relation carries the claims (source passages) that support it.
 */
export type QueryPathsArgs = {
  asOf?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  relationTypes?: InputMaybe<Array<RelationType>>;
  to: Scalars['ID']['input'];
};


/**
 * Alliance Atlas: a cited knowledge graph of NATO, its Indo-Pacific partners and the security
 * frameworks of Asia. Every relation carries the claims (source passages) that support it.
 */
export type QueryRelationArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Alliance Atlas: a cited knowledge graph of NATO, its Indo-Pacific partners and the security
 * frameworks of Asia. Every relation carries the claims (source passages) that support it.
 */
export type QueryRelationsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/**
 * Alliance Atlas: a cited knowledge graph of NATO, its Indo-Pacific partners and the security
 * frameworks of Asia. Every relation carries the claims (source passages) that support it.
 */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  text: Scalars['String']['input'];
};


/**
 * Alliance Atlas: a cited knowledge graph of NATO, its Indo-Pacific partners and the security
 * frameworks of Asia. Every relation carries the claims (source passages) that support it.
 */
export type QuerySearchPassagesArgs = {
  documents?: InputMaybe<Array<Scalars['ID']['input']>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


/**
 * Alliance Atlas: a cited knowledge graph of NATO, its Indo-Pacific partners and the security
 * frameworks of Asia. Every relation carries the claims (source passages) that support it.
 */
export type QueryTimelineArgs = {
  from?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  to?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Alliance Atlas: a cited knowledge graph of NATO, its Indo-Pacific partners and the security
 * frameworks of Asia. Every relation carries the claims (source passages) that support it.
 */
export type QueryTraceArgs = {
  asOf?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  relationTypes?: InputMaybe<Array<RelationType>>;
  to: Scalars['ID']['input'];
};

export type Relation = {
  __typename?: 'Relation';
  /** How many claims state it (the length of `claims`), for a list that shows the count and fetches the claims when opened. */
  claimCount: Scalars['Int']['output'];
  /** Every passage that states this relation; at least one. */
  claims: Array<Claim>;
  /** True when some claim on this relation disagrees with another claim. */
  conflicted: Scalars['Boolean']['output'];
  from: Entity;
  /** from-[TYPE]->to, e.g. framework:itpp-japan-[SUPERSEDES]->framework:ipcp-japan */
  id: Scalars['ID']['output'];
  role?: Maybe<Scalars['String']['output']>;
  roleJa?: Maybe<Scalars['String']['output']>;
  since?: Maybe<PartialDate>;
  to: Entity;
  type: RelationType;
  until?: Maybe<PartialDate>;
};

export type RelationConnection = {
  __typename?: 'RelationConnection';
  edges: Array<RelationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RelationEdge = {
  __typename?: 'RelationEdge';
  cursor: Scalars['String']['output'];
  node: Relation;
  /** The relation's other end, seen from the entity whose relations these are (the entity itself for a relation to itself): a list of them need not repeat the entity as `from` or `to` of each. */
  other: Entity;
};

/** The relation vocabulary (see seed/README.md). */
export type RelationType =
  | 'ADDRESSED'
  | 'ADOPTED'
  | 'ATTENDED'
  | 'CARRIED_OUT'
  | 'COMPARED_TO'
  | 'CONTRIBUTED_TO'
  | 'COOPERATES_ON'
  | 'CRITICISED'
  | 'DECIDES_ON'
  | 'ESTABLISHED_BY'
  | 'HAS_STATUS'
  | 'HOSTED'
  | 'LED'
  | 'MEMBER_OF'
  | 'OPPOSED'
  | 'PARTICIPATED_IN'
  | 'PARTNER_OF'
  | 'PARTY_TO'
  | 'PART_OF'
  | 'PROPOSED'
  | 'REVISION_OF'
  | 'SIGNATORY_OF'
  | 'SUPERSEDES'
  | 'SUPPORTED'
  | 'TAKES_OVER_FROM'
  | 'TARGETS';

export type ReviewDecision =
  | 'ACCEPT'
  | 'REJECT';

export type Role =
  /** Also manages users (npm run users). */
  | 'ADMIN'
  /** Proposes changes and adds sources. */
  | 'CURATOR'
  /** Also accepts or rejects proposed changes. */
  | 'REVIEWER';

export type SearchHit = {
  __typename?: 'SearchHit';
  entity: Entity;
  /** The name, acronym or alias that matched. */
  matched?: Maybe<Scalars['String']['output']>;
  score: Scalars['Float']['output'];
};

export type SourceDocument = {
  __typename?: 'SourceDocument';
  /** Whether the document's text was loaded (its file was in the sources directory); without it there are no passages. */
  available: Scalars['Boolean']['output'];
  claimCount: Scalars['Int']['output'];
  coverage: Coverage;
  date: Scalars['String']['output'];
  file: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lineCount: Scalars['Int']['output'];
  /** Lines `from` to `to` (inclusive, 1-based, at most 200 at a time, within `lineCount`); empty when the text is unavailable. */
  lines: Array<SourceLine>;
  publisher?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  titleJa: Scalars['String']['output'];
};


export type SourceDocumentLinesArgs = {
  from: Scalars['Int']['input'];
  to: Scalars['Int']['input'];
};

/** One line of a source text, numbered as `cat -n` numbers it (from 1). */
export type SourceLine = {
  __typename?: 'SourceLine';
  /** The claims whose cited range includes this line. */
  claims: Array<Claim>;
  number: Scalars['Int']['output'];
  /** The line as the source file has it. */
  text: Scalars['String']['output'];
};

export type TimelineItem = {
  __typename?: 'TimelineItem';
  date: PartialDate;
  entity?: Maybe<Entity>;
  kind: TimelineItemKind;
  relation?: Maybe<Relation>;
};

export type TimelineItemKind =
  | 'ENTITY_END'
  | 'ENTITY_START'
  | 'RELATION_SINCE'
  | 'RELATION_UNTIL';

export type Trace = {
  __typename?: 'Trace';
  /** More than `first` paths were found: ask for a larger `first` to see them. */
  hasMore: Scalars['Boolean']['output'];
  /** Some paths would pass through a hub (an entity with more than 1,000 relations) near an end, which the search does not go through. */
  hubSkipped: Scalars['Boolean']['output'];
  paths: Array<Path>;
  /** More paths may exist than were returned: `hasMore` or `hubSkipped`. */
  truncated: Scalars['Boolean']['output'];
  /** The relation types the ranking counts as weak (support, criticism, comparison …): leave them out of `relationTypes` to trace without them. */
  weakTypes: Array<RelationType>;
};

export type User = {
  __typename?: 'User';
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  role: Role;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddSourceInput: AddSourceInput;
  AtlasInfo: ResolverTypeWrapper<AtlasInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Change: ResolverTypeWrapper<ChangeRecord>;
  ChangeConnection: ResolverTypeWrapper<Omit<ChangeConnection, 'nodes'> & { nodes: Array<ResolversTypes['Change']> }>;
  ChangeKind: ChangeKind;
  ChangeStatus: ChangeStatus;
  Claim: ResolverTypeWrapper<ClaimRecord>;
  ClaimInput: ClaimInput;
  Comparison: ResolverTypeWrapper<Omit<Comparison, 'frameworks' | 'overlaps' | 'rows'> & { frameworks: Array<ResolversTypes['Entity']>, overlaps: Array<ResolversTypes['Overlap']>, rows: Array<ResolversTypes['ComparisonRow']> }>;
  ComparisonRow: ResolverTypeWrapper<Omit<ComparisonRow, 'actor' | 'cells'> & { actor: ResolversTypes['Entity'], cells: Array<ResolversTypes['MembershipCell']> }>;
  Conflict: ResolverTypeWrapper<ConflictRecord>;
  ConflictKind: ConflictKind;
  ConflictSide: ResolverTypeWrapper<ConflictSideRecord>;
  Coverage: ResolverTypeWrapper<Coverage>;
  DatePrecision: DatePrecision;
  Direction: Direction;
  Entity: ResolverTypeWrapper<EntityRecord>;
  EntityKind: EntityKind;
  ErrorCode: ErrorCode;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GraphSlice: ResolverTypeWrapper<Omit<GraphSlice, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['Relation']>, nodes: Array<ResolversTypes['Entity']> }>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  MembershipCell: ResolverTypeWrapper<Omit<MembershipCell, 'framework' | 'relations'> & { framework: ResolversTypes['Entity'], relations: Array<ResolversTypes['Relation']> }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NewEntityInput: NewEntityInput;
  NewRelationInput: NewRelationInput;
  Origin: Origin;
  Overlap: ResolverTypeWrapper<Omit<Overlap, 'a' | 'actors' | 'b'> & { a: ResolversTypes['Entity'], actors: Array<ResolversTypes['Entity']>, b: ResolversTypes['Entity'] }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartialDate: ResolverTypeWrapper<PartialDate>;
  Passage: ResolverTypeWrapper<PassageRecord>;
  PassageHit: ResolverTypeWrapper<PassageHitRecord>;
  Path: ResolverTypeWrapper<Omit<Path, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['Relation']>, nodes: Array<ResolversTypes['Entity']> }>;
  ProposeChangeInput: ProposeChangeInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Relation: ResolverTypeWrapper<RelationRecord>;
  RelationConnection: ResolverTypeWrapper<Omit<RelationConnection, 'edges'> & { edges: Array<ResolversTypes['RelationEdge']> }>;
  RelationEdge: ResolverTypeWrapper<RelationEdgeRecord>;
  RelationType: RelationType;
  ReviewDecision: ReviewDecision;
  Role: Role;
  SearchHit: ResolverTypeWrapper<Omit<SearchHit, 'entity'> & { entity: ResolversTypes['Entity'] }>;
  SourceDocument: ResolverTypeWrapper<SourceRecord>;
  SourceLine: ResolverTypeWrapper<SourceLineRecord>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TimelineItem: ResolverTypeWrapper<TimelineItemRecord>;
  TimelineItemKind: TimelineItemKind;
  Trace: ResolverTypeWrapper<Omit<Trace, 'paths'> & { paths: Array<ResolversTypes['Path']> }>;
  User: ResolverTypeWrapper<UserRecord>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddSourceInput: AddSourceInput;
  AtlasInfo: AtlasInfo;
  Boolean: Scalars['Boolean']['output'];
  Change: ChangeRecord;
  ChangeConnection: Omit<ChangeConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Change']> };
  Claim: ClaimRecord;
  ClaimInput: ClaimInput;
  Comparison: Omit<Comparison, 'frameworks' | 'overlaps' | 'rows'> & { frameworks: Array<ResolversParentTypes['Entity']>, overlaps: Array<ResolversParentTypes['Overlap']>, rows: Array<ResolversParentTypes['ComparisonRow']> };
  ComparisonRow: Omit<ComparisonRow, 'actor' | 'cells'> & { actor: ResolversParentTypes['Entity'], cells: Array<ResolversParentTypes['MembershipCell']> };
  Conflict: ConflictRecord;
  ConflictSide: ConflictSideRecord;
  Coverage: Coverage;
  Entity: EntityRecord;
  Float: Scalars['Float']['output'];
  GraphSlice: Omit<GraphSlice, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['Relation']>, nodes: Array<ResolversParentTypes['Entity']> };
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  MembershipCell: Omit<MembershipCell, 'framework' | 'relations'> & { framework: ResolversParentTypes['Entity'], relations: Array<ResolversParentTypes['Relation']> };
  Mutation: Record<PropertyKey, never>;
  NewEntityInput: NewEntityInput;
  NewRelationInput: NewRelationInput;
  Overlap: Omit<Overlap, 'a' | 'actors' | 'b'> & { a: ResolversParentTypes['Entity'], actors: Array<ResolversParentTypes['Entity']>, b: ResolversParentTypes['Entity'] };
  PageInfo: PageInfo;
  PartialDate: PartialDate;
  Passage: PassageRecord;
  PassageHit: PassageHitRecord;
  Path: Omit<Path, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['Relation']>, nodes: Array<ResolversParentTypes['Entity']> };
  ProposeChangeInput: ProposeChangeInput;
  Query: Record<PropertyKey, never>;
  Relation: RelationRecord;
  RelationConnection: Omit<RelationConnection, 'edges'> & { edges: Array<ResolversParentTypes['RelationEdge']> };
  RelationEdge: RelationEdgeRecord;
  SearchHit: Omit<SearchHit, 'entity'> & { entity: ResolversParentTypes['Entity'] };
  SourceDocument: SourceRecord;
  SourceLine: SourceLineRecord;
  String: Scalars['String']['output'];
  TimelineItem: TimelineItemRecord;
  Trace: Omit<Trace, 'paths'> & { paths: Array<ResolversParentTypes['Path']> };
  User: UserRecord;
};

export type AtlasInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AtlasInfo'] = ResolversParentTypes['AtlasInfo']> = {
  claimCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  conflictCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  relationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Change'] = ResolversParentTypes['Change']> = {
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  author?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChangeKind'], ParentType, ContextType>;
  proposedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewComment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewer?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ChangeStatus'], ParentType, ContextType>;
  subjectId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  targetClaimId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChangeConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ChangeConnection'] = ResolversParentTypes['ChangeConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Change']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClaimResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim']> = {
  author?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  conflictsWith?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  deprecated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  deprecationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  document?: Resolver<ResolversTypes['SourceDocument'], ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lineEnd?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lineStart?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  noteJa?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['Origin'], ParentType, ContextType>;
  passage?: Resolver<Maybe<ResolversTypes['Passage']>, ParentType, ContextType, RequireFields<ClaimPassageArgs, 'context'>>;
  reviewer?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ComparisonResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Comparison'] = ResolversParentTypes['Comparison']> = {
  frameworks?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  overlaps?: Resolver<Array<ResolversTypes['Overlap']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ComparisonRow']>, ParentType, ContextType>;
};

export type ComparisonRowResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ComparisonRow'] = ResolversParentTypes['ComparisonRow']> = {
  actor?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  cells?: Resolver<Array<ResolversTypes['MembershipCell']>, ParentType, ContextType>;
};

export type ConflictResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Conflict'] = ResolversParentTypes['Conflict']> = {
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ConflictKind'], ParentType, ContextType>;
  relation?: Resolver<Maybe<ResolversTypes['Relation']>, ParentType, ContextType>;
  sides?: Resolver<Array<ResolversTypes['ConflictSide']>, ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topicJa?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ConflictSideResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConflictSide'] = ResolversParentTypes['ConflictSide']> = {
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['SourceDocument']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  positionJa?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CoverageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Coverage'] = ResolversParentTypes['Coverage']> = {
  citedLines?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claimCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lineCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  acronym?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  aliasesJa?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  descriptionJa?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameJa?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  placeJa?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, RequireFields<EntityRelationsArgs, 'direction' | 'first'>>;
  start?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GraphSliceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GraphSlice'] = ResolversParentTypes['GraphSlice']> = {
  edges?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type MembershipCellResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MembershipCell'] = ResolversParentTypes['MembershipCell']> = {
  framework?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addSource?: Resolver<ResolversTypes['SourceDocument'], ParentType, ContextType, RequireFields<MutationAddSourceArgs, 'input'>>;
  proposeChange?: Resolver<ResolversTypes['Change'], ParentType, ContextType, RequireFields<MutationProposeChangeArgs, 'input'>>;
  reviewChange?: Resolver<ResolversTypes['Change'], ParentType, ContextType, RequireFields<MutationReviewChangeArgs, 'decision' | 'expectedVersion' | 'id'>>;
  signIn?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'email' | 'password'>>;
  signOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type OverlapResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Overlap'] = ResolversParentTypes['Overlap']> = {
  a?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  actors?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PartialDateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PartialDate'] = ResolversParentTypes['PartialDate']> = {
  precision?: Resolver<ResolversTypes['DatePrecision'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type PassageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Passage'] = ResolversParentTypes['Passage']> = {
  document?: Resolver<ResolversTypes['SourceDocument'], ParentType, ContextType>;
  lineEnd?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lineStart?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['SourceLine']>, ParentType, ContextType>;
};

export type PassageHitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PassageHit'] = ResolversParentTypes['PassageHit']> = {
  document?: Resolver<ResolversTypes['SourceDocument'], ParentType, ContextType>;
  line?: Resolver<ResolversTypes['SourceLine'], ParentType, ContextType>;
  matchEnd?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  matchStart?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PathResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  cost?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  weakHops?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  atlas?: Resolver<ResolversTypes['AtlasInfo'], ParentType, ContextType>;
  changes?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<QueryChangesArgs, 'first'>>;
  compare?: Resolver<ResolversTypes['Comparison'], ParentType, ContextType, RequireFields<QueryCompareArgs, 'ids'>>;
  conflicts?: Resolver<Array<ResolversTypes['Conflict']>, ParentType, ContextType>;
  document?: Resolver<Maybe<ResolversTypes['SourceDocument']>, ParentType, ContextType, RequireFields<QueryDocumentArgs, 'id'>>;
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntitiesArgs, 'ids'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  history?: Resolver<Array<ResolversTypes['Change']>, ParentType, ContextType, RequireFields<QueryHistoryArgs, 'subjectId'>>;
  neighborhood?: Resolver<ResolversTypes['GraphSlice'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'depth' | 'ids' | 'limit'>>;
  paths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathsArgs, 'first' | 'from' | 'maxHops' | 'to'>>;
  relation?: Resolver<Maybe<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<QueryRelationArgs, 'id'>>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<QueryRelationsArgs, 'ids'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  searchPassages?: Resolver<Array<ResolversTypes['PassageHit']>, ParentType, ContextType, RequireFields<QuerySearchPassagesArgs, 'first' | 'text'>>;
  sources?: Resolver<Array<ResolversTypes['SourceDocument']>, ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['TimelineItem']>, ParentType, ContextType, Partial<QueryTimelineArgs>>;
  trace?: Resolver<ResolversTypes['Trace'], ParentType, ContextType, RequireFields<QueryTraceArgs, 'first' | 'from' | 'maxHops' | 'to'>>;
  viewer?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type RelationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Relation'] = ResolversParentTypes['Relation']> = {
  claimCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  conflicted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  roleJa?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
};

export type RelationConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RelationConnection'] = ResolversParentTypes['RelationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RelationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RelationEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RelationEdge'] = ResolversParentTypes['RelationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
  other?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  matched?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SourceDocumentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SourceDocument'] = ResolversParentTypes['SourceDocument']> = {
  available?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  claimCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  coverage?: Resolver<ResolversTypes['Coverage'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lineCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['SourceLine']>, ParentType, ContextType, RequireFields<SourceDocumentLinesArgs, 'from' | 'to'>>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleJa?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SourceLineResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SourceLine'] = ResolversParentTypes['SourceLine']> = {
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TimelineItemResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TimelineItem'] = ResolversParentTypes['TimelineItem']> = {
  date?: Resolver<ResolversTypes['PartialDate'], ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TimelineItemKind'], ParentType, ContextType>;
  relation?: Resolver<Maybe<ResolversTypes['Relation']>, ParentType, ContextType>;
};

export type TraceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Trace'] = ResolversParentTypes['Trace']> = {
  hasMore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hubSkipped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  paths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  weakTypes?: Resolver<Array<ResolversTypes['RelationType']>, ParentType, ContextType>;
};

export type UserResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  AtlasInfo?: AtlasInfoResolvers<ContextType>;
  Change?: ChangeResolvers<ContextType>;
  ChangeConnection?: ChangeConnectionResolvers<ContextType>;
  Claim?: ClaimResolvers<ContextType>;
  Comparison?: ComparisonResolvers<ContextType>;
  ComparisonRow?: ComparisonRowResolvers<ContextType>;
  Conflict?: ConflictResolvers<ContextType>;
  ConflictSide?: ConflictSideResolvers<ContextType>;
  Coverage?: CoverageResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  GraphSlice?: GraphSliceResolvers<ContextType>;
  MembershipCell?: MembershipCellResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Overlap?: OverlapResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartialDate?: PartialDateResolvers<ContextType>;
  Passage?: PassageResolvers<ContextType>;
  PassageHit?: PassageHitResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Relation?: RelationResolvers<ContextType>;
  RelationConnection?: RelationConnectionResolvers<ContextType>;
  RelationEdge?: RelationEdgeResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SourceDocument?: SourceDocumentResolvers<ContextType>;
  SourceLine?: SourceLineResolvers<ContextType>;
  TimelineItem?: TimelineItemResolvers<ContextType>;
  Trace?: TraceResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
};

