/**
 * "In our own words": a Japanese note or description may not repeat a long run of the source
 * lines it rests on. Names, aliases and short quoted terms may match (a note has to name things
 * the way the source does) but do not count towards a run; whitespace is ignored.
 */

/** Runs of this many characters or more shared with the cited lines are copying, not paraphrase. */
export const OWN_WORDS_MAX_RUN = 16;

/** A term quoted in 「」 or 『』 up to this many characters is a name or phrase under discussion. */
export const MAX_QUOTED_TERM = 20;

const WHITESPACE = /[\s\u3000]+/g;
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
 * The longest run of `text` found in `source` (both with whitespace removed), measured in the
 * characters that are not part of an allowed term or of the text's own short quotes: a name
 * inside a copied sentence neither counts nor breaks the run. `counted` is 0 when nothing is shared.
 */
export function longestSharedRun(
  text: string,
  source: string,
  allowedTerms: readonly string[],
): { run: string; counted: number } {
  const flat = withoutWhitespace(text);
  const haystack = withoutWhitespace(source);
  const allowed = new Array<boolean>(flat.length).fill(false);
  for (const term of [...allowedTerms, ...quotedTerms(text)].map(withoutWhitespace))
    if (term.length > 0)
      for (let at = flat.indexOf(term); at !== -1; at = flat.indexOf(term, at + 1))
        allowed.fill(true, at, at + term.length);
  let best = { run: '', counted: 0 };
  let end = 0;
  for (let i = 0; i < flat.length; i++) {
    // The match from i is at least the match from i - 1 less its first character.
    end = Math.max(end, i);
    while (end < flat.length && haystack.includes(flat.slice(i, end + 1))) end++;
    let score = 0;
    for (let k = i; k < end; k++) if (!allowed[k]) score++;
    if (score > best.counted) best = { run: flat.slice(i, end), counted: score };
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
      const { run, counted } = longestSharedRun(cited.text, source.text, allowedTerms);
      if (counted >= OWN_WORDS_MAX_RUN) {
        problems.push({
          file: cited.file,
          entry: cited.entry,
          field: cited.field,
          message: `repeats ${counted} consecutive characters of ${source.label}, names aside ("${run}"); say it in our own words`,
        });
        break;
      }
    }
  return problems;
}

const JAPANESE_SCRIPT = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/;

/**
 * English notes and descriptions are written, not pasted: one holding Japanese script is a
 * passage carried over from the source or the Japanese side instead of being said in English.
 */
export function japaneseInEnglishProblems(
  texts: readonly { file: string; entry: string; field: string; text: string }[],
): OwnWordsProblem[] {
  return texts
    .filter((t) => JAPANESE_SCRIPT.test(t.text))
    .map((t) => ({
      file: t.file,
      entry: t.entry,
      field: t.field,
      message: 'holds Japanese text; write the English in English (the Japanese belongs in the …Ja field)',
    }));
}
