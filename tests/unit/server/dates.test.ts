import { describe, expect, it } from 'vitest';
import { datesAgree, moreSpecific, parsePartialDate, type PartialDate } from '../../../server/src/domain/dates.js';

function parse(value: string, allowPresent = false): PartialDate {
  const result = parsePartialDate(value, allowPresent);
  if (typeof result === 'string') throw new Error(result);
  return result;
}

describe('partial dates', () => {
  it('reads each precision with the span it denotes', () => {
    expect(parse('1954')).toMatchObject({
      precision: 'YEAR',
      year: 1954,
      earliest: '1954-01-01',
      latest: '1954-12-31',
    });
    expect(parse('2023-07')).toMatchObject({ precision: 'MONTH', year: 2023, latest: '2023-07-31' });
    expect(parse('2024-02-29')).toMatchObject({ precision: 'DAY', year: 2024 });
    expect(parse('FY2024')).toMatchObject({ precision: 'FISCAL_YEAR', earliest: '2024-04-01', latest: '2025-03-31' });
    expect(parse('1990s')).toMatchObject({ precision: 'DECADE', year: 1990, latest: '1999-12-31' });
    expect(parse('by:2025')).toMatchObject({ precision: 'BY', year: 2025, earliest: '0001-01-01' });
    expect(parse('present', true)).toMatchObject({ precision: 'PRESENT', year: null });
  });

  it('refuses what is not a date, saying why', () => {
    expect(parsePartialDate('2023-13', false)).toMatch(/month 13/);
    expect(parsePartialDate('2023-02-30', false)).toMatch(/day 30 does not exist/);
    expect(parsePartialDate('next year', false)).toMatch(/is not a date/);
    expect(parsePartialDate('present', false)).toMatch(/only makes sense for an end date/);
  });

  it('treats a refinement as agreement and different years as disagreement', () => {
    expect(datesAgree(parse('2023'), parse('2023-07'))).toBe(true);
    expect(datesAgree(parse('by:2014'), parse('2014-05'))).toBe(true);
    expect(datesAgree(parse('2010'), parse('2014'))).toBe(false);
    expect(moreSpecific(parse('2023'), parse('2023-07')).value).toBe('2023-07');
  });
});
