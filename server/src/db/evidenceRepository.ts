/**
 * Data access for the evidence: the stored source texts, the claims on their lines, passage search
 * and coverage. Reads through the AtlasRepository's sessions and timeout.
 */
import type { AtlasRepository } from './atlasRepository.js';
import type { ClaimRecord } from './records.js';
import type { CoverageRecord, LineRange, SourceLineRecord } from './evidenceRecords.js';

export class EvidenceRepository {
  constructor(private readonly atlas: AtlasRepository) {}

  /** The lines of each range, by the range's key (an empty list when the text is unavailable). */
  async lines(ranges: readonly LineRange[]): Promise<Map<string, SourceLineRecord[]>> {
    const records = await this.atlas.rows('queries/source-lines', { ranges });
    return new Map(records.map((r) => [r.get('key') as string, r.get('lines') as SourceLineRecord[]]));
  }

  /** The claims whose cited ranges overlap each range, by the range's key. */
  async claimsOnLines(ranges: readonly LineRange[]): Promise<Map<string, ClaimRecord[]>> {
    const byKey = new Map<string, ClaimRecord[]>();
    for (const r of await this.atlas.rows('queries/claims-on-lines', { ranges })) {
      const key = r.get('key') as string;
      byKey.set(key, [...(byKey.get(key) ?? []), r.get('claim') as ClaimRecord]);
    }
    return byKey;
  }

  /** Candidate lines for a Lucene phrase, in document and line order. */
  async searchLines(luceneQuery: string, documents: string[] | null, limit: number): Promise<SourceLineRecord[]> {
    const records = await this.atlas.rows('queries/search-passages', { query: luceneQuery, documents, limit });
    return records.map((r) => r.get('line') as SourceLineRecord);
  }

  async coverage(ids: readonly string[]): Promise<Map<string, Omit<CoverageRecord, 'lineCount'>>> {
    const records = await this.atlas.rows('queries/document-coverage', { ids });
    return new Map(
      records.map((r) => [
        r.get('id') as string,
        { citedLines: r.get('citedLines') as number, claimCount: r.get('claims') as number },
      ]),
    );
  }
}
