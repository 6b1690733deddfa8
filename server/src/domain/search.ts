/**
 * Search: text → a Lucene query for the full-text index → candidates → the final ranking. The
 * user's text only ever reaches Lucene escaped, and Cypher only as a parameter (the candidates
 * come from the caller's finder, which is data access).
 */
import type { EntityKind } from './vocabulary.js';

export const MAX_SEARCH_LENGTH = 200;

/** Search candidates: enough for the ranking to lift exact matches the index scored low. */
export const SEARCH_CANDIDATES = 100;

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/** Words of the text, lower-cased; Lucene keywords (AND, OR, NOT) lose their meaning in lower case. */
export function searchTerms(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[\s\u3000,、。・]+/)
    .map((t) => t.trim())
    .filter(Boolean)
    .slice(0, 12);
}

const LATIN_WORD = /^[a-z0-9]+$/;

/**
 * The exact phrase first (boosted), then every word: a prefix match for short Latin words so that
 * "sea" finds "SEATO" as one types, a fuzzy match for longer ones so small typos still hit. Words
 * in Japanese go in as they are; the CJK analyzer splits them into character pairs.
 */
export function buildLuceneQuery(text: string): string | null {
  const terms = searchTerms(text);
  if (terms.length === 0) return null;
  const clauses = [`"${escapeLucene(terms.join(' '))}"^4`];
  for (const term of terms) {
    const escaped = escapeLucene(term);
    clauses.push(escaped);
    if (LATIN_WORD.test(term)) {
      clauses.push(`${escaped}*^2`);
      if (term.length >= 4) clauses.push(`${escaped}~1`);
    }
  }
  return clauses.join(' OR ');
}

/** What ranking reads of an entity: its labels, and how well connected it is. */
export interface Searchable {
  acronym: string | null;
  name: string;
  nameJa: string;
  aliases: readonly string[];
  aliasesJa: readonly string[];
  degree?: number;
}

export interface Candidate<E extends Searchable> {
  entity: E;
  score: number;
}

export interface RankedHit<E extends Searchable> {
  entity: E;
  score: number;
  matched: string | null;
}

function labels(entity: Searchable): { text: string; acronym: boolean }[] {
  return [
    ...(entity.acronym ? [{ text: entity.acronym, acronym: true }] : []),
    { text: entity.name, acronym: false },
    { text: entity.nameJa, acronym: false },
    ...entity.aliases.map((text) => ({ text, acronym: false })),
    ...entity.aliasesJa.map((text) => ({ text, acronym: false })),
  ];
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase().trim();

/**
 * A hit that matches none of its labels is kept only if the index scores it at least this share
 * of the best candidate's score. Below it are entities that share a word or a character pair with
 * the text and nothing else (東南アジア条約機構 → Georgia at 0.05, Asia Times at 0.05), while typo
 * hits ("Partnrship for Peace") and near names ("South Korea" → the ROK's programmes, 0.26–0.29)
 * stay above it.
 */
export const RELEVANCE_CUTOFF = 0.25;

/**
 * Exact matches of an acronym, name or alias come first, then prefix matches, then substring
 * matches, then the rest by the index's relevance, down to RELEVANCE_CUTOFF. Within a tier of
 * equally good label matches (four programmes are all "ITPP"), the better connected entity comes first.
 */
export function rankHits<E extends Searchable>(text: string, candidates: Candidate<E>[]): RankedHit<E>[] {
  const wanted = fold(text);
  const floor = RELEVANCE_CUTOFF * Math.max(0, ...candidates.map((c) => c.score));
  return candidates
    .map(({ entity, score }) => {
      let tier = 0;
      let matched: string | null = null;
      for (const label of labels(entity)) {
        const folded = fold(label.text);
        const t =
          folded === wanted ? (label.acronym ? 4 : 3) : folded.startsWith(wanted) ? 2 : folded.includes(wanted) ? 1 : 0;
        if (t > tier) {
          tier = t;
          matched = label.text;
        }
      }
      return { entity, score: tier * 1000 + score, matched, tier, relevant: tier > 0 || score >= floor };
    })
    .filter((hit) => hit.relevant)
    .sort(
      (a, b) =>
        b.tier - a.tier || (b.tier > 0 ? (b.entity.degree ?? 0) - (a.entity.degree ?? 0) : 0) || b.score - a.score,
    )
    .map(({ tier: _tier, relevant: _relevant, ...hit }) => hit);
}

/** Where candidates come from: the full-text index, given the Lucene query. */
export type CandidateFinder<E extends Searchable> = (
  luceneQuery: string,
  kinds: EntityKind[] | null,
  limit: number,
) => Promise<Candidate<E>[]>;

/**
 * The search operation: the best `first` hits for the text, ranked. Blank text finds nothing
 * without asking the index. Text longer than MAX_SEARCH_LENGTH is the caller's to refuse.
 */
export async function searchEntities<E extends Searchable>(
  text: string,
  kinds: EntityKind[] | null,
  first: number,
  findCandidates: CandidateFinder<E>,
): Promise<RankedHit<E>[]> {
  const query = buildLuceneQuery(text);
  if (!query) return [];
  const candidates = await findCandidates(query, kinds, SEARCH_CANDIDATES);
  return rankHits(text, candidates).slice(0, first);
}
