/**
 * The temporal rule for disagreeing dates, in one place for the seed validator and for curation:
 * the claims giving one date slot of one subject either agree (the most specific date wins) or
 * become a DATE conflict, one side per date, and the subject keeps the widest reading.
 */
import { datesAgree, moreSpecific, type PartialDate } from './dates.js';
import type { Conflict } from './model.js';

export interface DatedClaim {
  claim: { id: string; doc: string };
  date: PartialDate;
}

export interface SubjectLabels {
  en: string;
  ja: string;
}

const DATE_FIELD_EN: Record<string, string> = { since: 'start', until: 'end', start: 'date', end: 'end date' };
const DATE_FIELD_JA: Record<string, string> = { since: '開始時期', until: '終了時期', start: '時期', end: '終了時期' };

/** A date slot's field name: since/until on relations, start/end on entities. */
export const dateFieldName = (slot: 'since' | 'until', isRelation: boolean): string =>
  isRelation ? slot : slot === 'since' ? 'start' : 'end';

/** How a conflict's topic names a relation: by its two ends' names and its type. */
export function relationLabels(type: string, from: SubjectLabels, to: SubjectLabels): SubjectLabels {
  return { en: `${from.en} ${type} ${to.en}`, ja: `${from.ja} ${type} ${to.ja}` };
}

/**
 * The date a slot resolves to, and the conflict when its claims disagree (claims in `list` order:
 * a side's id is the date of its first claim).
 */
export function resolveDateSlot(
  subjectId: string,
  slot: 'since' | 'until',
  isRelation: boolean,
  list: readonly DatedClaim[],
  labels: SubjectLabels,
): { resolved: PartialDate; conflict: Conflict | null } {
  const disagreeing = list.some((a) => list.some((b) => !datesAgree(a.date, b.date)));
  if (!disagreeing) return { resolved: list.map((d) => d.date).reduce(moreSpecific), conflict: null };
  // Keep the widest reading (earliest start, latest end) so that "as of" filters never hide
  // a relation some source places in that year; the conflict itself is shown to the user.
  const resolved = list
    .map((d) => d.date)
    .reduce((a, b) => (slot === 'since' ? (b.earliest < a.earliest ? b : a) : b.latest > a.latest ? b : a));
  const fieldName = dateFieldName(slot, isRelation);
  // One side per date: claims whose dates agree with a side's first date stand on that side.
  const sides: { date: PartialDate; claims: DatedClaim['claim'][] }[] = [];
  for (const { claim, date } of list) {
    const side = sides.find((d) => datesAgree(d.date, date));
    if (side) side.claims.push(claim);
    else sides.push({ date, claims: [claim] });
  }
  return {
    resolved,
    conflict: {
      id: `date:${subjectId}:${fieldName}`,
      kind: 'DATE',
      topic: `Sources disagree on the ${DATE_FIELD_EN[fieldName]} of ${labels.en}`,
      topicJa: `${labels.ja}の${DATE_FIELD_JA[fieldName]}について資料の記述が食い違う`,
      subjectId,
      field: fieldName,
      sides: sides.map((side) => ({
        id: side.date.value,
        position: side.date.value,
        positionJa: side.date.value,
        claimIds: side.claims.map((c) => c.id),
        documents: [...new Set(side.claims.map((c) => c.doc))].sort(),
      })),
    },
  };
}
