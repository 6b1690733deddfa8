/**
 * What each GraphQL request gets: its id, a logger tagged with it, fresh DataLoaders, and its
 * session (the signed-in user, if any, and how to set or clear the session cookie).
 */
import DataLoader from 'dataloader';
import type { CurationService } from '../curation/service.js';
import type { UserRecord } from '../db/curationRecords.js';
import type { AtlasRepository, EntityDetailsRecord, RelationPage, RelationPageRequest } from '../db/atlasRepository.js';
import type { Logger } from '../logger.js';
import type { SessionBookmarks } from '../db/sessions.js';
import type { ClaimRecord, EntityRecord, RelationRecord, SourceRecord } from '../db/records.js';
import { createEvidenceLoaders, type EvidenceLoaders } from './evidenceLoaders.js';

export interface RequestContext {
  requestId: string;
  log: Logger;
  repo: AtlasRepository;
  loaders: Loaders;
  /**
   * The data version an anonymous request's answer is valid for: the response cache keys by it.
   * Null when the answer must not be cached (a signed-in request, the cache off, the version unknown).
   */
  cacheVersion: number | null;
  /** HTTP caching headers (ETag, Cache-Control) for a successful answer to a cacheable GET. */
  httpCache?: Record<string, string>;
  curation: CurationService;
  session: RequestSession;
}

/** The request's session, as the HTTP layer read it from the `atlas_session` cookie. */
export interface RequestSession {
  /** The cookie's token, or null without one (or with one that no sign-in made). */
  token: string | null;
  /**
   * With a token: the bookmarks this session's reads wait for (its writes', kept on its node,
   * then this request's). Null for anonymous requests, which read what their member has.
   */
  bookmarks: SessionBookmarks | null;
  /** The client's address (behind a trusted proxy, the forwarded one): sign-in attempts count per address. */
  address: string;
  /** The signed-in user (read once per request), or null. */
  viewer(): Promise<UserRecord | null>;
  /** Sets the session cookie (sign-in). */
  start(token: string, expiresAt: Date): void;
  /** Clears the session cookie (sign-out). */
  end(): void;
}

export interface Loaders {
  entity: DataLoader<string, EntityRecord | null>;
  relation: DataLoader<string, RelationRecord | null>;
  claimsBySubject: DataLoader<string, ClaimRecord[]>;
  claim: DataLoader<string, ClaimRecord | null>;
  document: DataLoader<string, SourceRecord | null>;
  /** A page of an entity's relations; entities asking with the same arguments share one query. */
  relationPage: DataLoader<RelationPageKey, RelationPage, string>;
  evidence: EvidenceLoaders;
  userById: DataLoader<string, UserRecord | null>;
  userByEmail: DataLoader<string, UserRecord | null>;
}

export interface RelationPageKey {
  id: string;
  request: RelationPageRequest;
}

const EMPTY_PAGE: RelationPage = { totalCount: 0, relations: [], hasNextPage: false };

function byId<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const found = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => found.get(id) ?? null);
}

/**
 * Entities a query already returned, handed to the entity loader so that resolving a relation's
 * ends or an entity's degree does not read them again.
 */
export function primeEntities(loaders: Loaders, entities: readonly EntityRecord[]): void {
  for (const entity of entities) loaders.entity.prime(entity.id, entity);
}

const relationPageKey = (key: RelationPageKey) => `${JSON.stringify(key.request)}|${key.id}`;

/**
 * What entity-details.cypher read, handed to the loaders the answer's resolvers ask: the entity,
 * its claims and relation page, the other ends (unless they are summaries, not whole entities),
 * the disagreeing claims and the documents.
 */
export function primeDetails(
  loaders: Loaders,
  details: EntityDetailsRecord,
  request: RelationPageRequest,
  summaryOnly: boolean,
): void {
  const { entity, claims, page, others, conflicting, documents } = details;
  primeEntities(loaders, summaryOnly ? [entity] : [entity, ...others]);
  loaders.claimsBySubject.prime(entity.id, claims);
  loaders.relationPage.prime({ id: entity.id, request }, page);
  for (const claim of [...claims, ...page.relations.flatMap((r) => r.claims ?? []), ...conflicting])
    loaders.claim.prime(claim.id, claim);
  for (const document of documents) loaders.document.prime(document.id, document);
}

/** One set per request: batching within a request, no cache shared between users. */
export function createLoaders(repo: AtlasRepository, curation: CurationService): Loaders {
  return {
    userById: new DataLoader(async (ids) => byId(ids, await curation.repo.usersById(ids))),
    userByEmail: new DataLoader(async (emails) => {
      const found = new Map((await curation.repo.usersByEmail(emails)).map((u) => [u.email, u]));
      return emails.map((email) => found.get(email) ?? null);
    }),
    entity: new DataLoader(async (ids) => byId(ids, await repo.entitiesById(ids))),
    relation: new DataLoader(async (ids) => byId(ids, await repo.relationsById(ids))),
    claim: new DataLoader(async (ids) => byId(ids, await repo.claimsById(ids))),
    claimsBySubject: new DataLoader(async (ids) => {
      const bySubject = new Map<string, ClaimRecord[]>();
      for (const claim of await repo.claimsBySubject(ids))
        bySubject.set(claim.subjectId, [...(bySubject.get(claim.subjectId) ?? []), claim]);
      return ids.map((id) => bySubject.get(id) ?? []);
    }),
    // Five documents: one query per request fetches them all.
    document: new DataLoader(async (ids) => byId(ids, await repo.sources())),
    relationPage: new DataLoader(
      async (keys) => {
        const groups = new Map<string, RelationPageKey[]>();
        for (const key of keys) {
          const group = JSON.stringify(key.request);
          groups.set(group, [...(groups.get(group) ?? []), key]);
        }
        const pages = new Map<string, RelationPage>();
        for (const [group, members] of groups) {
          const found = await repo.relationPages(
            members.map((k) => k.id),
            members[0]!.request,
          );
          for (const member of members) pages.set(`${group}|${member.id}`, found.get(member.id) ?? EMPTY_PAGE);
        }
        return keys.map((key) => pages.get(relationPageKey(key))!);
      },
      { cacheKeyFn: relationPageKey },
    ),
    evidence: createEvidenceLoaders(repo),
  };
}
