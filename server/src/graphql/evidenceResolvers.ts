/**
 * Resolvers for the evidence: passages of claims, pages of source texts, passage search, coverage
 * and the sides of conflicts. Merged with `resolvers` into one map (server.ts).
 */
import { findMatch, PASSAGE_SEARCH_LENGTH, passagePhrase } from '../domain/passageSearch.js';
import { parseRelationId } from '../domain/relationId.js';
import type { PassageHitRecord } from '../db/evidenceRecords.js';
import { checkId, checkIds, checkInt, LIMITS, optionalList } from './arguments.js';
import { badInput } from './errors.js';
import { lineRangeKey } from './evidenceLoaders.js';
import type { Resolvers } from './generated.js';
import type { SourceRecord } from '../db/records.js';
import { found } from './resolvers.js';

export const EVIDENCE_LIMITS = {
  passageContext: { min: 0, max: 20 },
  /** Lines of one page of a document. */
  pageLines: 200,
  searchFirst: { min: 1, max: 50 },
  searchDocuments: { min: 0, max: 20 },
} as const;

/** Candidate lines read from the index for one search; the literal check keeps the first `first`. */
export const PASSAGE_CANDIDATES = 500;

const isAvailable = (d: SourceRecord) => d.available === true;

export const evidenceResolvers: Resolvers = {
  Query: {
    document: (_root, { id }, { loaders }) => loaders.document.load(checkId('id', id)),
    async relations(_root, { ids }, { loaders }) {
      return found(await loaders.relation.loadMany(checkIds('ids', ids, LIMITS.entitiesIds)));
    },
    async searchPassages(_root, { text, documents, first }, { loaders }) {
      const limit = checkInt('first', first ?? 20, EVIDENCE_LIMITS.searchFirst);
      const length = text.trim().length;
      if (length < PASSAGE_SEARCH_LENGTH.min || length > PASSAGE_SEARCH_LENGTH.max)
        throw badInput(
          `text must be ${PASSAGE_SEARCH_LENGTH.min} to ${PASSAGE_SEARCH_LENGTH.max} characters long; got ${length}.`,
          'text',
        );
      const docs = optionalList(documents);
      if (docs) checkIds('documents', docs, EVIDENCE_LIMITS.searchDocuments);
      const candidates = await loaders.evidence.search(passagePhrase(text), docs, PASSAGE_CANDIDATES);
      const hits: PassageHitRecord[] = [];
      for (const line of candidates) {
        const match = findMatch(line.text, text);
        if (match) hits.push({ doc: line.doc, line, matchStart: match.start, matchEnd: match.end });
        if (hits.length === limit) break;
      }
      return hits;
    },
  },

  Claim: {
    async passage(c, { context }, { loaders }) {
      const around = checkInt('context', context ?? 3, EVIDENCE_LIMITS.passageContext);
      const doc = await loaders.document.load(c.doc);
      if (!doc || !isAvailable(doc)) return null;
      const from = Math.max(1, c.lineStart - around);
      const to = Math.min(doc.lineCount, c.lineEnd + around);
      const lines = await loaders.evidence.lines.load({ key: lineRangeKey(doc.id, from, to), doc: doc.id, from, to });
      return { doc: doc.id, lineStart: c.lineStart, lineEnd: c.lineEnd, lines };
    },
    async entities(c, _args, { loaders }) {
      const relation = c.subjectKind === 'RELATION' ? parseRelationId(c.subjectId) : null;
      return found(await loaders.entity.loadMany(relation ? [relation.from, relation.to] : [c.subjectId]));
    },
  },

  SourceDocument: {
    available: isAvailable,
    async lines(d, { from, to }, { loaders }) {
      if (from < 1 || from > d.lineCount)
        throw badInput(`from must be a line of document ${d.id}, 1 to ${d.lineCount}; got ${from}.`, 'from');
      if (to < from || to > d.lineCount)
        throw badInput(`to must be from ${from} to ${d.lineCount} (the last line of ${d.id}); got ${to}.`, 'to');
      if (to - from + 1 > EVIDENCE_LIMITS.pageLines)
        throw badInput(`a page has at most ${EVIDENCE_LIMITS.pageLines} lines; asked for ${to - from + 1}.`, 'to');
      if (!isAvailable(d)) return [];
      return loaders.evidence.lines.load({ key: lineRangeKey(d.id, from, to), doc: d.id, from, to });
    },
    async coverage(d, _args, { loaders }) {
      const coverage = await loaders.evidence.coverage.load(d.id);
      return { citedLines: coverage?.citedLines ?? 0, claimCount: coverage?.claimCount ?? 0, lineCount: d.lineCount };
    },
  },

  SourceLine: {
    claims: (line, _args, { loaders }) => loaders.evidence.claimsOnLine.load({ doc: line.doc, number: line.number }),
  },

  Passage: {
    document: (p, _args, { loaders }) => documentOf(loaders.document.load(p.doc), p.doc),
  },

  PassageHit: {
    document: (hit, _args, { loaders }) => documentOf(loaders.document.load(hit.doc), hit.doc),
  },

  ConflictSide: {
    async documents(side, _args, { loaders }) {
      return found(await loaders.document.loadMany([...side.documents].sort()));
    },
    async claims(side, _args, { loaders }) {
      return found(await loaders.claim.loadMany(side.claimIds));
    },
  },
};

async function documentOf(promise: Promise<SourceRecord | null>, id: string): Promise<SourceRecord> {
  const doc = await promise;
  // Lines and passages are only read for documents that exist; a miss is a bug, not user error.
  if (!doc) throw new Error(`document ${id} not found`);
  return doc;
}
