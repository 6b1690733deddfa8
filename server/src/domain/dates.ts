/**
 * Dates as the sources give them: a year, a month, a day, a Japanese fiscal year, a decade,
 * "no later than" a date, or "present" for an interval still open. Each parses to the span of
 * days it may denote, so that two claims can be compared for compatibility.
 */

export const DATE_PRECISIONS = ['DAY', 'MONTH', 'YEAR', 'FISCAL_YEAR', 'DECADE', 'BY', 'PRESENT'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export interface PartialDate {
  /** The text as written in the seed file, e.g. "2023-07" or "FY2024". */
  value: string;
  precision: DatePrecision;
  /** The year used for "as of" filtering; null for "present". */
  year: number | null;
  /** Earliest and latest day (ISO yyyy-mm-dd) the value can denote. */
  earliest: string;
  latest: string;
}

const FAR_PAST = '0001-01-01';
const FAR_FUTURE = '9999-12-31';

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses a seed date; returns an error message (not an exception) for anything else. */
export function parsePartialDate(raw: string, allowPresent: boolean): PartialDate | string {
  const value = raw.trim();
  let match: RegExpMatchArray | null;
  if (value === 'present') {
    if (!allowPresent) return '"present" only makes sense for an end date (until/end)';
    return { value, precision: 'PRESENT', year: null, earliest: FAR_FUTURE, latest: FAR_FUTURE };
  }
  if ((match = value.match(/^by:(.+)$/))) {
    const inner = parsePartialDate(match[1] ?? '', false);
    if (typeof inner === 'string') return inner;
    return { value, precision: 'BY', year: inner.year, earliest: FAR_PAST, latest: inner.latest };
  }
  if ((match = value.match(/^(\d{4})$/))) {
    const year = Number(match[1]);
    return { value, precision: 'YEAR', year, earliest: `${match[1]}-01-01`, latest: `${match[1]}-12-31` };
  }
  if ((match = value.match(/^(\d{4})-(\d{2})$/))) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    if (month < 1 || month > 12) return `month ${month} is not between 01 and 12`;
    return {
      value,
      precision: 'MONTH',
      year,
      earliest: `${match[1]}-${pad(month)}-01`,
      latest: `${match[1]}-${pad(month)}-${pad(lastDayOfMonth(year, month))}`,
    };
  }
  if ((match = value.match(/^(\d{4})-(\d{2})-(\d{2})$/))) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (month < 1 || month > 12) return `month ${month} is not between 01 and 12`;
    if (day < 1 || day > lastDayOfMonth(year, month)) return `day ${day} does not exist in ${match[1]}-${pad(month)}`;
    return { value, precision: 'DAY', year, earliest: value, latest: value };
  }
  if ((match = value.match(/^FY(\d{4})$/))) {
    // Japanese fiscal year: April of that year to March of the next.
    const year = Number(match[1]);
    return { value, precision: 'FISCAL_YEAR', year, earliest: `${year}-04-01`, latest: `${year + 1}-03-31` };
  }
  if ((match = value.match(/^(\d{3})0s$/))) {
    const year = Number(`${match[1]}0`);
    return { value, precision: 'DECADE', year, earliest: `${year}-01-01`, latest: `${year + 9}-12-31` };
  }
  return `"${value}" is not a date; use YYYY, YYYY-MM, YYYY-MM-DD, FYYYYY, YYYYs, by:DATE or present`;
}

/** Two dates agree when the spans they may denote overlap ("2023" and "2023-07" agree). */
export function datesAgree(a: PartialDate, b: PartialDate): boolean {
  return a.earliest <= b.latest && b.earliest <= a.latest;
}

/** The narrower of two agreeing dates: it says more. */
export function moreSpecific(a: PartialDate, b: PartialDate): PartialDate {
  const span = (d: PartialDate) => Date.parse(d.latest) - Date.parse(d.earliest);
  return span(b) < span(a) ? b : a;
}
