/**
 * A claim's citation and dates, checked the same way for a seed file's claim and for a claim a
 * curator proposes: the document exists, the line range runs forwards within it, the dates parse
 * and fit the subject (since/until on relations, start/end on entities) and do not end before
 * they begin.
 */
import { parsePartialDate, type PartialDate } from '../../domain/dates.js';
import type { SourceDocument } from '../../domain/model.js';
import type { RawClaim } from '../fileSchema.js';

export interface CitationProblem {
  /** The seed file's field: doc, lines, since, until, start, end. */
  field: string;
  message: string;
}

export interface CheckedCitation {
  problems: CitationProblem[];
  lineStart: number;
  lineEnd: number;
  dates: Partial<Record<'since' | 'until', PartialDate>>;
}

export function checkCitation(
  raw: RawClaim,
  subjectKind: 'ENTITY' | 'RELATION',
  documents: ReadonlyMap<string, SourceDocument>,
): CheckedCitation {
  const problems: CitationProblem[] = [];
  const fail = (field: string, message: string) => problems.push({ field, message });
  const doc = documents.get(raw.doc);
  const [lineStart, lineEnd] = typeof raw.lines === 'number' ? [raw.lines, raw.lines] : raw.lines;
  if (!doc) fail('doc', `unknown source document "${raw.doc}" (known: ${[...documents.keys()].join(', ')})`);
  else if (lineStart > lineEnd) fail('lines', `range ${lineStart}-${lineEnd} runs backwards`);
  else if (lineEnd > doc.lineCount)
    fail('lines', `line ${lineEnd} is past the end of ${doc.file} (${doc.lineCount} lines)`);
  const isRelation = subjectKind === 'RELATION';
  const dateFields = isRelation ? (['since', 'until'] as const) : (['start', 'end'] as const);
  const wrongFields = isRelation ? (['start', 'end'] as const) : (['since', 'until'] as const);
  for (const wrong of wrongFields)
    if (raw[wrong] !== undefined)
      fail(wrong, `use ${dateFields.join('/')} on ${isRelation ? 'relation' : 'entity'} claims`);
  const dates: CheckedCitation['dates'] = {};
  dateFields.forEach((name, i) => {
    const value = raw[name];
    if (value === undefined) return;
    const parsed = parsePartialDate(value, i === 1);
    if (typeof parsed === 'string') fail(name, parsed);
    else dates[i === 0 ? 'since' : 'until'] = parsed;
  });
  if (dates.since && dates.until && dates.since.earliest > dates.until.latest)
    fail(dateFields[1], `ends (${dates.until.value}) before it begins (${dates.since.value})`);
  return { problems, lineStart, lineEnd, dates };
}
