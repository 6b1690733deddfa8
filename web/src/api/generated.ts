/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type AddSourceInput = {
  /** A partial date as the seed writes it: 2024, 2024-07, 2024-07-09. */
  date: string;
  publisher?: string | null | undefined;
  /** UTF-8 text, split on newlines into lines numbered from 1. */
  text: string;
  title: string;
  titleJa: string;
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

export type ClaimInput = {
  documentId: string;
  lineEnd: number;
  lineStart: number;
  note: string;
  noteJa: string;
  /** Partial date: since for a relation, start for an entity. */
  since?: string | null | undefined;
  /** Partial date: until for a relation, end for an entity. */
  until?: string | null | undefined;
};

export type ConflictKind =
  /** Sources give different dates for the same fact. */
  | 'DATE'
  /** Sources state different facts on the same question. */
  | 'STATEMENT';

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

export type EntityKind =
  | 'ACTOR'
  | 'AREA'
  | 'EVENT'
  | 'FRAMEWORK';

export type NewEntityInput = {
  acronym?: string | null | undefined;
  description: string;
  descriptionJa: string;
  kind: EntityKind;
  name: string;
  nameJa: string;
  type: string;
};

export type NewRelationInput = {
  fromId: string;
  toId: string;
  type: RelationType;
};

export type Origin =
  /** Added through curation and accepted by a reviewer. */
  | 'CURATED'
  /** Loaded from the seed files. */
  | 'SEED';

export type ProposeChangeInput = {
  /** The claim for ADD_CLAIM and CORRECT_CLAIM. */
  claim?: ClaimInput | null | undefined;
  /** The target claim's version the curator saw; a stale one gives CONFLICT. */
  expectedVersion?: number | null | undefined;
  kind: ChangeKind;
  newEntity?: NewEntityInput | null | undefined;
  newRelation?: NewRelationInput | null | undefined;
  /** Why (required for DEPRECATE_CLAIM). */
  reason?: string | null | undefined;
  /** ADD_CLAIM: exactly one of subjectId, newEntity, newRelation. An existing entity or relation id. */
  subjectId?: string | null | undefined;
  /** CORRECT_CLAIM and DEPRECATE_CLAIM: the claim changed. */
  targetClaimId?: string | null | undefined;
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

export type LineClaimFragment = { subjectId: string, id: string, lineStart: number, lineEnd: number, note: string, noteJa: string, since: string | null, until: string | null, entities: Array<{ id: string, name: string, nameJa: string, acronym: string | null }>, document: { id: string, file: string, title: string, titleJa: string } };

export type ReaderPageQueryVariables = Exact<{
  doc: string;
  from: number;
  to: number;
}>;


export type ReaderPageQuery = { document: { id: string, file: string, title: string, titleJa: string, publisher: string | null, date: string, lineCount: number, available: boolean, lines: Array<{ number: number, text: string, claims: Array<{ subjectId: string, id: string, lineStart: number, lineEnd: number, note: string, noteJa: string, since: string | null, until: string | null, entities: Array<{ id: string, name: string, nameJa: string, acronym: string | null }>, document: { id: string, file: string, title: string, titleJa: string } }> }> } | null };

export type SearchPassagesQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;


export type SearchPassagesQuery = { searchPassages: Array<{ matchStart: number, matchEnd: number, document: { id: string, file: string, title: string, titleJa: string }, line: { number: number, text: string, claims: Array<{ id: string, lineStart: number, lineEnd: number, note: string, noteJa: string, since: string | null, until: string | null, document: { id: string, file: string, title: string, titleJa: string } }> } }> };

export type SourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type SourcesQuery = { sources: Array<{ id: string, file: string, title: string, titleJa: string, publisher: string | null, date: string, lineCount: number, available: boolean, coverage: { citedLines: number, lineCount: number, claimCount: number } }> };

export type ConflictsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConflictsQuery = { conflicts: Array<{ id: string, kind: ConflictKind, topic: string, topicJa: string, sides: Array<{ id: string, position: string, positionJa: string, documents: Array<{ id: string, title: string, titleJa: string }>, claims: Array<{ id: string, lineStart: number, lineEnd: number, note: string, noteJa: string, since: string | null, until: string | null, document: { id: string, file: string, title: string, titleJa: string } }> }> }> };

export type ExportEvidenceQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type ExportEvidenceQuery = { relations: Array<{ id: string, claims: Array<{ note: string, noteJa: string, id: string, lineStart: number, lineEnd: number, passage: { lines: Array<{ text: string }> } | null, document: { id: string } }> }> };

export type DatePartsFragment = { value: string, precision: DatePrecision, year: number | null };

export type EntitySummaryFragment = { id: string, kind: EntityKind, type: string, name: string, nameJa: string, acronym: string | null, degree: number, start: { value: string, precision: DatePrecision, year: number | null } | null, end: { value: string, precision: DatePrecision, year: number | null } | null };

export type RelationSummaryFragment = { id: string, type: RelationType, role: string | null, roleJa: string | null, conflicted: boolean, from: { id: string }, to: { id: string }, since: { value: string, precision: DatePrecision, year: number | null } | null, until: { value: string, precision: DatePrecision, year: number | null } | null };

export type CitationRefFragment = { id: string, lineStart: number, lineEnd: number, document: { id: string } };

export type CitationFragment = { id: string, lineStart: number, lineEnd: number, note: string, noteJa: string, since: string | null, until: string | null, document: { id: string, file: string, title: string, titleJa: string } };

export type ListedCitationFragment = { note: string, noteJa: string, since: string | null, until: string | null, id: string, lineStart: number, lineEnd: number, document: { id: string } };

export type CitedClaimFragment = { note: string, noteJa: string, since: string | null, until: string | null, id: string, lineStart: number, lineEnd: number, conflictsWith: Array<{ note: string, noteJa: string, since: string | null, until: string | null, id: string, lineStart: number, lineEnd: number, document: { id: string } }>, document: { id: string } };

export type EntityNameFragment = { id: string, name: string, nameJa: string, acronym: string | null };

export type CitedRelationFragment = { id: string, type: RelationType, role: string | null, roleJa: string | null, conflicted: boolean, from: { id: string, kind: EntityKind, type: string, name: string, nameJa: string, acronym: string | null, degree: number, start: { value: string, precision: DatePrecision, year: number | null } | null, end: { value: string, precision: DatePrecision, year: number | null } | null }, to: { id: string, kind: EntityKind, type: string, name: string, nameJa: string, acronym: string | null, degree: number, start: { value: string, precision: DatePrecision, year: number | null } | null, end: { value: string, precision: DatePrecision, year: number | null } | null }, claims: Array<{ note: string, noteJa: string, since: string | null, until: string | null, id: string, lineStart: number, lineEnd: number, conflictsWith: Array<{ note: string, noteJa: string, since: string | null, until: string | null, id: string, lineStart: number, lineEnd: number, document: { id: string } }>, document: { id: string } }>, since: { value: string, precision: DatePrecision, year: number | null } | null, until: { value: string, precision: DatePrecision, year: number | null } | null };

export type AtlasQueryVariables = Exact<{ [key: string]: never; }>;


export type AtlasQuery = { atlas: { entityCount: number, relationCount: number, claimCount: number, conflictCount: number, minYear: number | null, maxYear: number | null }, sources: Array<{ id: string, file: string, title: string, titleJa: string, publisher: string | null, date: string }> };

export type SearchQueryVariables = Exact<{
  text: string;
  kinds?: Array<EntityKind> | EntityKind | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ score: number, matched: string | null, entity: { id: string, kind: EntityKind, type: string, name: string, nameJa: string, acronym: string | null, degree: number, start: { value: string, precision: DatePrecision, year: number | null } | null, end: { value: string, precision: DatePrecision, year: number | null } | null } }> };

export type NeighborhoodQueryVariables = Exact<{
  ids: Array<string> | string;
  relationTypes?: Array<RelationType> | RelationType | null | undefined;
  limit?: number | null | undefined;
}>;


export type NeighborhoodQuery = { neighborhood: { truncated: boolean, nodes: Array<{ id: string, kind: EntityKind, type: string, name: string, nameJa: string, acronym: string | null, degree: number, start: { value: string, precision: DatePrecision, year: number | null } | null, end: { value: string, precision: DatePrecision, year: number | null } | null }>, edges: Array<{ id: string, type: RelationType, role: string | null, roleJa: string | null, conflicted: boolean, from: { id: string }, to: { id: string }, since: { value: string, precision: DatePrecision, year: number | null } | null, until: { value: string, precision: DatePrecision, year: number | null } | null }> } };

export type EntitiesWithRelationsQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type EntitiesWithRelationsQuery = { entities: Array<{ id: string, kind: EntityKind, type: string, name: string, nameJa: string, acronym: string | null, degree: number, relations: { edges: Array<{ node: { claimCount: number, id: string, type: RelationType, role: string | null, roleJa: string | null, conflicted: boolean, from: { id: string }, to: { id: string }, since: { value: string, precision: DatePrecision, year: number | null } | null, until: { value: string, precision: DatePrecision, year: number | null } | null } }> }, start: { value: string, precision: DatePrecision, year: number | null } | null, end: { value: string, precision: DatePrecision, year: number | null } | null }> };

export type EntityDetailsQueryVariables = Exact<{
  id: string;
}>;


export type EntityDetailsQuery = { entity: { aliases: Array<string>, aliasesJa: Array<string>, description: string, descriptionJa: string, place: string | null, placeJa: string | null, id: string, kind: EntityKind, type: string, name: string, nameJa: string, acronym: string | null, degree: number, claims: Array<{ origin: Origin, deprecated: boolean, deprecationReason: string | null, version: number, note: string, noteJa: string, since: string | null, until: string | null, id: string, lineStart: number, lineEnd: number, conflictsWith: Array<{ note: string, noteJa: string, since: string | null, until: string | null, id: string, lineStart: number, lineEnd: number, document: { id: string } }>, author: { id: string, email: string } | null, reviewer: { id: string, email: string } | null, document: { id: string } }>, relations: { totalCount: number, edges: Array<{ other: { id: string, name: string, nameJa: string, acronym: string | null }, node: { claimCount: number, id: string, type: RelationType, role: string | null, roleJa: string | null, conflicted: boolean, from: { id: string }, to: { id: string }, since: { value: string, precision: DatePrecision, year: number | null } | null, until: { value: string, precision: DatePrecision, year: number | null } | null } }> }, start: { value: string, precision: DatePrecision, year: number | null } | null, end: { value: string, precision: DatePrecision, year: number | null } | null } | null };

export type RelationDetailsQueryVariables = Exact<{
  id: string;
}>;


export type RelationDetailsQuery = { relation: { id: string, type: RelationType, role: string | null, roleJa: string | null, conflicted: boolean, claims: Array<{ origin: Origin, deprecated: boolean, deprecationReason: string | null, version: number, note: string, noteJa: string, since: string | null, until: string | null, id: string, lineStart: number, lineEnd: number, author: { id: string, email: string } | null, reviewer: { id: string, email: string } | null, conflictsWith: Array<{ note: string, noteJa: string, since: string | null, until: string | null, id: string, lineStart: number, lineEnd: number, document: { id: string } }>, document: { id: string } }>, from: { id: string, kind: EntityKind, type: string, name: string, nameJa: string, acronym: string | null, degree: number, start: { value: string, precision: DatePrecision, year: number | null } | null, end: { value: string, precision: DatePrecision, year: number | null } | null }, to: { id: string, kind: EntityKind, type: string, name: string, nameJa: string, acronym: string | null, degree: number, start: { value: string, precision: DatePrecision, year: number | null } | null, end: { value: string, precision: DatePrecision, year: number | null } | null }, since: { value: string, precision: DatePrecision, year: number | null } | null, until: { value: string, precision: DatePrecision, year: number | null } | null } | null };

export type TraceQueryVariables = Exact<{
  from: string;
  to: string;
  maxHops?: number | null | undefined;
  relationTypes?: Array<RelationType> | RelationType | null | undefined;
  asOf?: number | null | undefined;
  first?: number | null | undefined;
}>;


export type TraceQuery = { trace: { truncated: boolean, hasMore: boolean, hubSkipped: boolean, weakTypes: Array<RelationType>, paths: Array<{ length: number, cost: number, weakHops: number, nodes: Array<{ id: string, kind: EntityKind, type: string, name: string, nameJa: string, acronym: string | null, degree: number, start: { value: string, precision: DatePrecision, year: number | null } | null, end: { value: string, precision: DatePrecision, year: number | null } | null }>, edges: Array<{ id: string, type: RelationType, role: string | null, roleJa: string | null, conflicted: boolean, claims: Array<{ id: string, lineStart: number, lineEnd: number, document: { id: string } }>, from: { id: string }, to: { id: string }, since: { value: string, precision: DatePrecision, year: number | null } | null, until: { value: string, precision: DatePrecision, year: number | null } | null }> }> } };

export type CompareQueryVariables = Exact<{
  ids: Array<string> | string;
  asOf?: number | null | undefined;
}>;


export type CompareQuery = { compare: { frameworks: Array<{ id: string, kind: EntityKind, type: string, name: string, nameJa: string, acronym: string | null, degree: number, start: { value: string, precision: DatePrecision, year: number | null } | null, end: { value: string, precision: DatePrecision, year: number | null } | null }>, rows: Array<{ actor: { id: string, kind: EntityKind, type: string, name: string, nameJa: string, acronym: string | null, degree: number, start: { value: string, precision: DatePrecision, year: number | null } | null, end: { value: string, precision: DatePrecision, year: number | null } | null }, cells: Array<{ framework: { id: string }, relations: Array<{ id: string, type: RelationType, role: string | null, roleJa: string | null, since: { value: string, precision: DatePrecision, year: number | null } | null, until: { value: string, precision: DatePrecision, year: number | null } | null, claims: Array<{ id: string, lineStart: number, lineEnd: number, document: { id: string, file: string } }> }> }> }>, overlaps: Array<{ a: { id: string }, b: { id: string }, actors: Array<{ id: string }> }> } };

export type ViewerFieldsFragment = { id: string, email: string, role: Role };

export type ClaimProvenanceFragment = { origin: Origin, deprecated: boolean, deprecationReason: string | null, version: number, author: { id: string, email: string } | null, reviewer: { id: string, email: string } | null };

export type ChangeFieldsFragment = { id: string, kind: ChangeKind, status: ChangeStatus, version: number, subjectId: string | null, targetClaimId: string | null, reason: string | null, before: string | null, after: string | null, proposedAt: string, reviewComment: string | null, reviewedAt: string | null, author: { id: string, email: string, role: Role }, reviewer: { id: string, email: string, role: Role } | null, claim: { id: string, lineStart: number, lineEnd: number, note: string, noteJa: string, since: string | null, until: string | null, origin: Origin, deprecated: boolean, deprecationReason: string | null, version: number, passage: { lineStart: number, lineEnd: number, lines: Array<{ number: number, text: string }> } | null, document: { id: string, file: string, title: string, titleJa: string }, author: { id: string, email: string } | null, reviewer: { id: string, email: string } | null } | null };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { id: string, email: string, role: Role } | null };

export type SignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type SignInMutation = { signIn: { id: string, email: string, role: Role } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type AddSourceMutationVariables = Exact<{
  input: AddSourceInput;
}>;


export type AddSourceMutation = { addSource: { id: string, file: string, title: string, titleJa: string, lineCount: number } };

export type ProposeChangeMutationVariables = Exact<{
  input: ProposeChangeInput;
}>;


export type ProposeChangeMutation = { proposeChange: { id: string, kind: ChangeKind, status: ChangeStatus, version: number, subjectId: string | null, targetClaimId: string | null, reason: string | null, before: string | null, after: string | null, proposedAt: string, reviewComment: string | null, reviewedAt: string | null, author: { id: string, email: string, role: Role }, reviewer: { id: string, email: string, role: Role } | null, claim: { id: string, lineStart: number, lineEnd: number, note: string, noteJa: string, since: string | null, until: string | null, origin: Origin, deprecated: boolean, deprecationReason: string | null, version: number, passage: { lineStart: number, lineEnd: number, lines: Array<{ number: number, text: string }> } | null, document: { id: string, file: string, title: string, titleJa: string }, author: { id: string, email: string } | null, reviewer: { id: string, email: string } | null } | null } };

export type ReviewChangeMutationVariables = Exact<{
  id: string;
  decision: ReviewDecision;
  comment?: string | null | undefined;
  expectedVersion: number;
}>;


export type ReviewChangeMutation = { reviewChange: { id: string, kind: ChangeKind, status: ChangeStatus, version: number, subjectId: string | null, targetClaimId: string | null, reason: string | null, before: string | null, after: string | null, proposedAt: string, reviewComment: string | null, reviewedAt: string | null, author: { id: string, email: string, role: Role }, reviewer: { id: string, email: string, role: Role } | null, claim: { id: string, lineStart: number, lineEnd: number, note: string, noteJa: string, since: string | null, until: string | null, origin: Origin, deprecated: boolean, deprecationReason: string | null, version: number, passage: { lineStart: number, lineEnd: number, lines: Array<{ number: number, text: string }> } | null, document: { id: string, file: string, title: string, titleJa: string }, author: { id: string, email: string } | null, reviewer: { id: string, email: string } | null } | null } };

export type ChangesQueryVariables = Exact<{
  status?: ChangeStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ChangesQuery = { changes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: ChangeKind, status: ChangeStatus, version: number, subjectId: string | null, targetClaimId: string | null, reason: string | null, before: string | null, after: string | null, proposedAt: string, reviewComment: string | null, reviewedAt: string | null, author: { id: string, email: string, role: Role }, reviewer: { id: string, email: string, role: Role } | null, claim: { id: string, lineStart: number, lineEnd: number, note: string, noteJa: string, since: string | null, until: string | null, origin: Origin, deprecated: boolean, deprecationReason: string | null, version: number, passage: { lineStart: number, lineEnd: number, lines: Array<{ number: number, text: string }> } | null, document: { id: string, file: string, title: string, titleJa: string }, author: { id: string, email: string } | null, reviewer: { id: string, email: string } | null } | null }> } };

export type HistoryQueryVariables = Exact<{
  subjectId: string;
}>;


export type HistoryQuery = { history: Array<{ id: string, kind: ChangeKind, status: ChangeStatus, version: number, subjectId: string | null, targetClaimId: string | null, reason: string | null, before: string | null, after: string | null, proposedAt: string, reviewComment: string | null, reviewedAt: string | null, author: { id: string, email: string, role: Role }, reviewer: { id: string, email: string, role: Role } | null, claim: { id: string, lineStart: number, lineEnd: number, note: string, noteJa: string, since: string | null, until: string | null, origin: Origin, deprecated: boolean, deprecationReason: string | null, version: number, passage: { lineStart: number, lineEnd: number, lines: Array<{ number: number, text: string }> } | null, document: { id: string, file: string, title: string, titleJa: string }, author: { id: string, email: string } | null, reviewer: { id: string, email: string } | null } | null }> };
