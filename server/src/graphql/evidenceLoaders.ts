/** Per-request DataLoaders for the evidence: line ranges, the claims on lines, coverage. */
import DataLoader from 'dataloader';
import { EvidenceRepository } from '../db/evidenceRepository.js';
import type { AtlasRepository } from '../db/atlasRepository.js';
import type { CoverageRecord, LineRange, SourceLineRecord } from '../db/evidenceRecords.js';
import type { ClaimRecord } from '../db/records.js';

export interface LineRef {
  doc: string;
  number: number;
}

export interface EvidenceLoaders {
  /** Ranges of lines; every passage and page of a request in one query. */
  lines: DataLoader<LineRange, SourceLineRecord[], string>;
  /** The claims citing a line; the lines of a request read per document, one range each. */
  claimsOnLine: DataLoader<LineRef, ClaimRecord[], string>;
  coverage: DataLoader<string, Omit<CoverageRecord, 'lineCount'> | null>;
  /** Passage search candidates (not batched: one search per field). */
  search: EvidenceRepository['searchLines'];
}

export const lineRangeKey = (doc: string, from: number, to: number) => `${doc}:${from}-${to}`;

export function createEvidenceLoaders(atlas: AtlasRepository): EvidenceLoaders {
  const repo = new EvidenceRepository(atlas);
  return {
    lines: new DataLoader(
      async (ranges) => {
        const found = await repo.lines(ranges);
        return ranges.map((range) => found.get(range.key) ?? []);
      },
      { cacheKeyFn: (range) => range.key },
    ),
    claimsOnLine: new DataLoader(
      async (refs) => {
        const spans = new Map<string, LineRange>();
        for (const { doc, number } of refs) {
          const span = spans.get(doc);
          spans.set(doc, {
            key: doc,
            doc,
            from: Math.min(span?.from ?? number, number),
            to: Math.max(span?.to ?? number, number),
          });
        }
        const claims = await repo.claimsOnLines([...spans.values()]);
        return refs.map(({ doc, number }) =>
          (claims.get(doc) ?? []).filter((c) => c.lineStart <= number && c.lineEnd >= number),
        );
      },
      { cacheKeyFn: (ref) => `${ref.doc}:${ref.number}` },
    ),
    coverage: new DataLoader(async (ids) => {
      const found = await repo.coverage(ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    search: (query, documents, limit) => repo.searchLines(query, documents, limit),
  };
}
