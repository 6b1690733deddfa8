/** Validity in time: what exists "as of" a year. Undated things always exist. */

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
