/** Validity in time: what exists "as of" a year. Undated things always exist (and say so: isUndated). */

interface Dated {
  year: number | null;
}

/** True when a span (start or since … end or until) covers `year`; a null year shows everything. */
export function isValidAt(start: Dated | null, end: Dated | null, year: number | null): boolean {
  if (year === null) return true;
  if (start?.year != null && start.year > year) return false;
  if (end?.year != null && end.year < year) return false;
  return true;
}

/** Neither end of the span is dated: such a thing passes every year for want of a date, not by one. */
export function isUndated(start: Dated | null, end: Dated | null): boolean {
  return start?.year == null && end?.year == null;
}
