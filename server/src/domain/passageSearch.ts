/**
 * Passage search: the user's text → a Lucene phrase for the line index, and where the text is in
 * a candidate line. The index (CJK character pairs) finds candidates; a hit is a line that
 * contains the text itself, so that what is highlighted is what was asked for.
 */
import { escapeLucene } from './search.js';

export const PASSAGE_SEARCH_LENGTH = { min: 2, max: 100 } as const;

/** The text as searched: NFKC (full-width Latin, half-width kana folded) and trimmed. */
export function normalizePassageText(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ');
}

/** One quoted phrase, every special character escaped: a query for the whole text, never an operator. */
export function passagePhrase(text: string): string {
  return `"${escapeLucene(normalizePassageText(text).toLowerCase())}"`;
}

/**
 * Where `text` is in `line` (UTF-16 offsets, end exclusive), ignoring case and NFKC width
 * differences; null when the line does not contain it.
 */
export function findMatch(line: string, text: string): { start: number; end: number } | null {
  const wanted = normalizePassageText(text).toLowerCase();
  if (wanted === '') return null;
  // Folded one character at a time, with the offset each folded character came from.
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < line.length;) {
    const char = String.fromCodePoint(line.codePointAt(i)!);
    const fold = char.normalize('NFKC').toLowerCase();
    for (let k = 0; k < fold.length; k++) origin.push(i);
    folded += fold;
    i += char.length;
  }
  origin.push(line.length);
  const at = folded.indexOf(wanted);
  if (at < 0) return null;
  const endOrigin = origin[at + wanted.length]!;
  return { start: origin[at]!, end: endOrigin > origin[at]! ? endOrigin : line.length };
}
