/**
 * A traced path in one sentence, in the reader's language: "SEATO and the Quad both have the
 * United States as a member", and, over all the paths found, which members the two ends share.
 * Pure: it takes the entities and hops of a path as the trace panel has them.
 */
import type { RelationType } from '../api/generated';
import { RELATION_GROUP } from '../vocabulary';
import { entityLabel, relationKey, type Lang, type Translate } from './strings';

type Named = { id: string; name: string; nameJa: string; acronym: string | null };
export interface SentencePath {
  nodes: readonly Named[];
  edges: readonly { type: RelationType; from: { id: string } }[];
}

const list = (items: readonly string[], lang: Lang): string =>
  new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(items);

/** The middle entity of a two-hop path when it belongs to both ends (member, party, signatory …). */
function sharedMember(path: SentencePath): Named | undefined {
  const [a, b] = path.edges;
  const middle = path.nodes[1];
  if (path.edges.length !== 2 || a === undefined || b === undefined || middle === undefined) return undefined;
  const belongs = (e: { type: RelationType; from: { id: string } }) =>
    RELATION_GROUP[e.type] === 'membership' && e.from.id === middle.id;
  return belongs(a) && belongs(b) ? middle : undefined;
}

export function pathSentence(path: SentencePath, lang: Lang, t: Translate): string {
  const label = (n: Named) => entityLabel(n, lang);
  const first = path.nodes[0];
  const last = path.nodes.at(-1);
  if (first === undefined || last === undefined) return '';
  const member = sharedMember(path);
  if (member !== undefined) return t('pathShares', { a: label(first), b: label(last), x: label(member) });
  const hops = list(
    path.edges.map((e) => t(relationKey(e.type))),
    lang,
  );
  const middle = path.nodes.slice(1, -1).map(label);
  return middle.length === 0
    ? t('pathDirect', { a: label(first), b: label(last), hops })
    : t('pathThrough', { a: label(first), b: label(last), via: list(middle, lang), hops });
}

/** What all the paths say together: the members both ends share, or nothing when no path shows one. */
export function sharedMembersSentence(paths: readonly SentencePath[], lang: Lang, t: Translate): string | null {
  const members = new Map<string, Named>();
  for (const path of paths) {
    const member = sharedMember(path);
    if (member !== undefined) members.set(member.id, member);
  }
  const first = paths[0]?.nodes[0];
  const last = paths[0]?.nodes.at(-1);
  if (members.size === 0 || first === undefined || last === undefined) return null;
  return t('pathsShareMembers', {
    a: entityLabel(first, lang),
    b: entityLabel(last, lang),
    members: list(
      [...members.values()].map((m) => entityLabel(m, lang)),
      lang,
    ),
  });
}
