/**
 * "In our own words": a Japanese note or description may not repeat a long run of the source
 * lines it rests on. Names, aliases and short quoted terms are allowed to match (a note has to
 * name things the way the source does); everything else is compared with whitespace removed.
 */

/** Runs of this many characters or more shared with the cited lines are copying, not paraphrase. */
export const OWN_WORDS_MAX_RUN = 16;

/** A term quoted in 「」 or 『』 up to this many characters is a name or phrase under discussion. */
export const MAX_QUOTED_TERM = 20;

const WHITESPACE = /[\s\u3000]+/g;
/** Stands in for an allowed term: it never occurs in a source, so no run crosses it. */
const CUT = '\u0000';

export function withoutWhitespace(text: string): string {
  return text.replace(WHITESPACE, '');
}

/** Short terms the text quotes in 「」 or 『』 (the brackets included). */
export function quotedTerms(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/「[^「」]*」|『[^『』]*』/g))
    if (withoutWhitespace(match[0]).length - 2 <= MAX_QUOTED_TERM) found.push(match[0]);
  return found;
}

/**
 * The longest run of `text` (whitespace removed) found in `source` (whitespace removed), after
 * cutting out the allowed terms and the text's own short quotes. Empty when nothing is shared.
 */
export function longestSharedRun(text: string, source: string, allowedTerms: readonly string[]): string {
  let cut = withoutWhitespace(text);
  const terms = [...allowedTerms, ...quotedTerms(text)]
    .map(withoutWhitespace)
    .filter((t) => t.length > 0)
    .sort((a, b) => b.length - a.length);
  for (const term of terms) cut = cut.split(term).join(CUT);
  const haystack = withoutWhitespace(source);
  let best = '';
  for (const piece of cut.split(CUT))
    for (let i = 0; i + best.length < piece.length; i++) {
      let length = best.length + 1;
      while (i + length <= piece.length && haystack.includes(piece.slice(i, i + length))) {
        best = piece.slice(i, i + length);
        length++;
      }
    }
  return best;
}

export interface CitedText {
  /** Where the text is, for the message: file, entry and field. */
  file: string;
  entry: string;
  field: string;
  text: string;
  /** The source lines it rests on, each range's lines joined. */
  sources: { label: string; text: string }[];
}

export interface OwnWordsProblem {
  file: string;
  entry: string;
  field: string;
  message: string;
}

/** Every text that shares OWN_WORDS_MAX_RUN or more characters with a source it cites. */
export function ownWordsProblems(texts: readonly CitedText[], allowedTerms: readonly string[]): OwnWordsProblem[] {
  const problems: OwnWordsProblem[] = [];
  for (const cited of texts)
    for (const source of cited.sources) {
      const run = longestSharedRun(cited.text, source.text, allowedTerms);
      if (run.length >= OWN_WORDS_MAX_RUN) {
        problems.push({
          file: cited.file,
          entry: cited.entry,
          field: cited.field,
          message: `repeats ${run.length} consecutive characters of ${source.label} ("${run}"); say it in our own words`,
        });
        break;
      }
    }
  return problems;
}
