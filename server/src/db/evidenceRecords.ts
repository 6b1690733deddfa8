/** What the evidence queries (source texts, passages, coverage) return; resolvers shape them for GraphQL. */
import type { ConflictSide } from '../domain/model.js';

/** A conflict's side as the conflicts query returns it: the dataset's shape. */
export type ConflictSideRecord = ConflictSide;

/** One stored line of a source text. */
export interface SourceLineRecord {
  doc: string;
  number: number;
  text: string;
}

/** A claim's passage: the cited range and the lines shown around it. */
export interface PassageRecord {
  doc: string;
  lineStart: number;
  lineEnd: number;
  lines: SourceLineRecord[];
}

/** A line that contains the searched text, and where. */
export interface PassageHitRecord {
  doc: string;
  line: SourceLineRecord;
  matchStart: number;
  matchEnd: number;
}

export interface CoverageRecord {
  citedLines: number;
  lineCount: number;
  claimCount: number;
}

/** A range of lines of one document, asked for by `key`. */
export interface LineRange {
  key: string;
  doc: string;
  from: number;
  to: number;
}
