/** What each GraphQL request gets: its id, a logger tagged with it, and fresh DataLoaders. */
import DataLoader from 'dataloader';
import type { AtlasRepository } from '../db/atlasRepository.js';
import type { Logger } from '../logger.js';
import type { ClaimRecord, EntityRecord, RelationRecord, SourceRecord } from './mappers.js';

export interface RequestContext {
  requestId: string;
  log: Logger;
  repo: AtlasRepository;
  loaders: Loaders;
}

export interface Loaders {
  entity: DataLoader<string, EntityRecord | null>;
  relation: DataLoader<string, RelationRecord | null>;
  claimsBySubject: DataLoader<string, ClaimRecord[]>;
  claim: DataLoader<string, ClaimRecord | null>;
  document: DataLoader<string, SourceRecord | null>;
}

function byId<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const found = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => found.get(id) ?? null);
}

/** One set per request: batching within a request, no cache shared between users. */
export function createLoaders(repo: AtlasRepository): Loaders {
  return {
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
  };
}
