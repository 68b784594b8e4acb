import { describe, expect, it } from 'vitest';

import { formatDeadline } from '@/lib/deadlines/format-deadline';
import { parsePlanning } from '@/lib/deadlines/parse-planning';

describe('formatDeadline', () => {
  it('is null when the range names no date', () => {
    expect(formatDeadline({ start: null, end: null })).toBeNull();
  });

  it.each([
    ['whole year', '2017-01-01', '2017-12-31', '2017'],
    ['whole years', '2017-01-01', '2018-12-31', '2017–2018'],
    ['single month', '2017-11-01', '2017-11-30', 'nov 2017'],
    ['months within a year', '2020-05-01', '2020-08-31', 'mei–aug 2020'],
    ['months across years', '2019-10-01', '2021-12-31', 'okt 2019–dec 2021'],
    ['single day', '2018-07-01', '2018-07-01', '1 jul 2018'],
    ['days within a month', '2017-11-01', '2017-11-08', '1–8 nov 2017'],
    ['days across months', '2018-10-31', '2018-11-07', '31 okt–7 nov 2018'],
    ['days across years', '2018-12-28', '2019-01-03', '28 dec 2018–3 jan 2019'],
    ['half a month', '2019-12-16', '2019-12-31', '16–31 dec 2019'],
  ])('%s: %s..%s → "%s"', (_case, start, end, label) => {
    expect(formatDeadline({ start, end })).toBe(label);
  });

  it.each([
    ['2020-09-30', 't/m sep 2020'],
    ['2021-12-31', 't/m 2021'],
    ['2020-09-15', 't/m 15 sep 2020'],
  ])('without a start: ..%s → "%s"', (end, label) => {
    expect(formatDeadline({ start: null, end })).toBe(label);
  });

  it.each([
    ['2020-03-01', 'vanaf mrt 2020'],
    ['2020-01-01', 'vanaf 2020'],
    ['2020-03-15', 'vanaf 15 mrt 2020'],
  ])('without an end: %s.. → "%s"', (start, label) => {
    expect(formatDeadline({ start, end: null })).toBe(label);
  });

  it.each([
    ['jan', '2020-01-01'],
    ['feb', '2020-02-01'],
    ['mrt', '2020-03-01'],
    ['apr', '2020-04-01'],
    ['mei', '2020-05-01'],
    ['jun', '2020-06-01'],
    ['jul', '2020-07-01'],
    ['aug', '2020-08-01'],
    ['sep', '2020-09-01'],
    ['okt', '2020-10-01'],
    ['nov', '2020-11-01'],
    ['dec', '2020-12-01'],
  ])('abbreviates the month as "%s"', (abbreviation, start) => {
    expect(formatDeadline({ start, end: start })).toBe(`1 ${abbreviation} 2020`);
  });

  it('recognises the end of February in a leap year', () => {
    expect(formatDeadline({ start: '2020-02-01', end: '2020-02-29' })).toBe('feb 2020');
  });

  it('rejects a date that is not ISO', () => {
    expect(() => formatDeadline({ start: '1-7-2018', end: null })).toThrow(RangeError);
  });

  it.each([
    ['Vinden najaar 2019 t/m medio 2020 plaats.', 'sep 2019–aug 2020'],
    ['Traject loopt t/m eind 2022.', 't/m 2022'],
    ['In 2017 en 2018 uitgevoerd (1-8 nov 2017 en 31 okt – 7 nov 2018)', '2017–2018'],
    ['Doorlopend', null],
  ])('labels the parse of "%s" as %s', (text, label) => {
    expect(formatDeadline(parsePlanning(text))).toBe(label);
  });
});
