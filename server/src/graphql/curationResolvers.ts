/**
 * Resolvers for curation: sign-in and sessions, the writes, the record of changes, and the
 * provenance of claims. Merged with the other resolver maps (server.ts). Roles and inputs are
 * checked by the curation service; its typed errors get their codes in errors.ts.
 */
import { proposedClaim } from '../curation/proposal.js';
import type { ChangeRecord } from '../db/curationRecords.js';
import { checkId } from './arguments.js';
import type { Resolvers } from './generated.js';

export const curationResolvers: Resolvers = {
  Query: {
    viewer: (_root, _args, { session }) => session.viewer(),
    async changes(_root, { status, first, after }, { curation, session }) {
      const page = await curation.changes(await session.viewer(), status ?? null, first ?? 20, after ?? null);
      const last = page.changes.at(-1);
      return {
        nodes: page.changes,
        totalCount: page.totalCount,
        pageInfo: {
          hasNextPage: page.changes.length === (first ?? 20) && last !== undefined,
          endCursor: last?.id ?? null,
        },
      };
    },
    async history(_root, { subjectId }, { curation, session }) {
      return curation.history(await session.viewer(), checkId('subjectId', subjectId));
    },
  },

  Mutation: {
    async signIn(_root, { email, password }, { curation, session }) {
      const signedIn = await curation.auth.signIn(email, password, session.address);
      session.start(signedIn.token, signedIn.expiresAt);
      return signedIn.user;
    },
    async signOut(_root, _args, { curation, session }) {
      const revoked = session.token ? await curation.auth.signOut(session.token) : false;
      session.end();
      return revoked;
    },
    async addSource(_root, { input }, { curation, session }) {
      return curation.addSource(await session.viewer(), input);
    },
    async proposeChange(_root, { input }, { curation, session }) {
      for (const [name, id] of [
        ['subjectId', input.subjectId],
        ['targetClaimId', input.targetClaimId],
        ['newRelation.fromId', input.newRelation?.fromId],
        ['newRelation.toId', input.newRelation?.toId],
        ['claim.documentId', input.claim?.documentId],
      ] as const)
        if (id != null) checkId(name, id);
      return curation.propose(await session.viewer(), input);
    },
    async reviewChange(_root, { id, decision, comment, expectedVersion }, { curation, session }) {
      return curation.review(await session.viewer(), checkId('id', id), decision, comment ?? null, expectedVersion);
    },
  },

  User: {},

  Change: {
    subjectId: (c) => c.subjectId ?? null,
    targetClaimId: (c) => c.targetClaimId ?? null,
    reason: (c) => c.reason ?? null,
    before: (c) => c.before ?? null,
    after: (c) => c.after ?? null,
    reviewComment: (c) => c.reviewComment ?? null,
    reviewedAt: (c) => c.reviewedAt ?? null,
    async claim(c, _args, { loaders }) {
      if (c.kind === 'DEPRECATE_CLAIM') return null;
      return c.claimId ? loaders.claim.load(c.claimId) : proposedClaim(c);
    },
    async author(c: ChangeRecord, _args, { loaders }) {
      const user = await loaders.userById.load(c.authorId);
      // Accounts are disabled, never deleted: a change's author is always there.
      if (!user) throw new Error(`change ${c.id}: author ${c.authorId} not found`);
      return user;
    },
    reviewer: (c, _args, { loaders }) => (c.reviewerId ? loaders.userById.load(c.reviewerId) : null),
  },

  Claim: {
    origin: (c) => (c.origin === 'curated' ? 'CURATED' : 'SEED'),
    author: (c, _args, { loaders }) => (c.authorEmail ? loaders.userByEmail.load(c.authorEmail) : null),
    reviewer: (c, _args, { loaders }) => (c.reviewerEmail ? loaders.userByEmail.load(c.reviewerEmail) : null),
    deprecated: (c) => c.deprecated ?? false,
    deprecationReason: (c) => c.deprecationReason ?? null,
    version: (c) => c.version ?? 1,
  },
};
