import { describe, expect, it } from 'vitest';

import { parsePlanning } from '@/lib/deadlines/parse-planning';

type Case = [text: string, start: string | null, end: string | null];

/** The phrasings of issue 9 with the range a reader means; real texts are in planning-texts.test.ts. */
function expectRanges(cases: Case[], referenceDate?: string) {
  it.each(cases)('"%s" → %s..%s', (text, start, end) => {
    expect(parsePlanning(text, { referenceDate })).toEqual({ start, end });
  });
}

describe('half years', () => {
  expectRanges([
    ['eerste helft 2018', '2018-01-01', '2018-06-30'],
    ['tweede helft van 2019', '2019-07-01', '2019-12-31'],
    ['H1 2020', '2020-01-01', '2020-06-30'],
    ['h2 2020', '2020-07-01', '2020-12-31'],
    ['tweede halfjaar 2021', '2021-07-01', '2021-12-31'],
    ['het eerste half jaar van 2017', '2017-01-01', '2017-06-30'],
    ['1ste helft 2022', '2022-01-01', '2022-06-30'],
  ]);

  describe('without a year, in the year of the report', () => {
    expectRanges(
      [
        ['1e helft', '2019-01-01', '2019-06-30'],
        ['2e helft', '2019-07-01', '2019-12-31'],
        ['eerste halfjaar', '2019-01-01', '2019-06-30'],
        ['tweede helft van het jaar', '2019-07-01', '2019-12-31'],
      ],
      '2019-03-01',
    );
  });

  it('is ignored without a year and without a reference date', () => {
    expect(parsePlanning('tweede helft')).toEqual({ start: null, end: null });
  });
});

describe('bounds', () => {
  expectRanges([
    ['vóór 1 juli 2018', null, '2018-06-30'],
    ['voor 1 juli 2018', null, '2018-06-30'],
    ['Vóór 2020', null, '2019-12-31'],
    ['vóór de zomer van 2018', null, '2018-06-30'],
    ['voor de zomer van 2018', null, '2018-06-30'],
    ['vóór medio 2018', null, '2018-06-30'],
    ['voor eind 2019', null, '2019-12-31'],
    ['voor het einde van 2019', null, '2019-12-31'],
    ['uiterlijk eind 2018', null, '2018-12-31'],
    ['uiterlijk op 15 juli 2020', null, '2020-07-15'],
    ['ten laatste 1 maart 2019', null, '2019-03-01'],
    ['niet later dan juni 2020', null, '2020-06-30'],
    ['na 2019', '2020-01-01', null],
    ['na de zomer van 2014', '2014-09-01', null],
    ['na 30 juni 2020', '2020-07-01', null],
    ['vanaf september 2019', '2019-09-01', null],
    ['ten vroegste in 2027', '2027-01-01', null],
    ['begin 2019', '2019-01-01', '2019-04-30'],
    ['Prinsjesdag 2024', '2024-09-17', '2024-09-17'],
    ['sinds 2009', '2009-01-01', null],
    // A start after the end keeps the deadline rather than running backwards.
    ['loopt tot 2021, daarna vanaf 2022 een evaluatie', null, '2021-12-31'],
  ]);

  it('reads an unaccented "voor" before a month or a year as "for", not as a bound', () => {
    expect(parsePlanning('Budget voor 2019 gereserveerd')).toEqual({ start: '2019-01-01', end: '2019-12-31' });
    expect(parsePlanning('plan voor september 2019')).toEqual({ start: '2019-09-01', end: '2019-09-30' });
  });

  describe('without a year, in the year of the report', () => {
    expectRanges(
      [
        ['uiterlijk 1 maart', null, '2021-03-01'],
        ['na de zomer', '2021-09-01', null],
        ['voor het zomerreces', null, '2021-06-30'],
        ['voor Prinsjesdag', null, '2021-09-20'],
        ['tot en met september', null, '2021-09-30'],
      ],
      '2021-02-10',
    );
  });
});

describe('years relative to the report', () => {
  expectRanges(
    [
      ['dit jaar', '2020-01-01', '2020-12-31'],
      ['volgend jaar', '2021-01-01', '2021-12-31'],
      ['komend jaar', '2021-01-01', '2021-12-31'],
      ['in het komende jaar', '2021-01-01', '2021-12-31'],
      ['vorig jaar afgerond', '2019-01-01', '2019-12-31'],
      ['eind dit jaar', '2020-10-01', '2020-12-31'],
      ['eind van het jaar', '2020-10-01', '2020-12-31'],
      ['begin volgend jaar', '2021-01-01', '2021-04-30'],
      ['april van dit jaar', '2020-04-01', '2020-04-30'],
      ['medio dit jaar', '2020-05-01', '2020-08-31'],
    ],
    '2020-06-15',
  );

  it.each(['dit jaar', 'volgend jaar', 'eind dit jaar', 'na de zomer'])('"%s" gives no range without a reference date', (text) => {
    expect(parsePlanning(text)).toEqual({ start: null, end: null });
  });
});

describe('one year shared by a range', () => {
  expectRanges([
    ['mei t/m juli 2024', '2024-05-01', '2024-07-31'],
    ['mei tot en met juli 2024', '2024-05-01', '2024-07-31'],
    ['van juli tot november 2024', '2024-07-01', '2024-11-30'],
    ['juni/juli 2017', '2017-06-01', '2017-07-31'],
    ['september-december 2019', '2019-09-01', '2019-12-31'],
    ['voorjaar–zomer 2024', '2024-03-01', '2024-08-31'],
    ['Q3-Q4 2020', '2020-07-01', '2020-12-31'],
    ['1e tot en met 3e kwartaal 2027', '2027-01-01', '2027-09-30'],
    ['najaar 2018 tot voorjaar 2019', '2018-09-01', '2019-05-31'],
    ['november - februari 2025', '2024-11-01', '2025-02-28'],
    ['winter 2019/2020', '2019-12-01', '2020-02-29'],
  ]);

  it('takes the reference year when the range has none, but not for "begin" or "eind" alone', () => {
    expect(parsePlanning('juni - augustus', { referenceDate: '2016-05-01' })).toEqual({ start: '2016-06-01', end: '2016-08-31' });
    expect(parsePlanning('begin tot eind', { referenceDate: '2016-05-01' })).toEqual({ start: null, end: null });
  });
});

describe('texts that name no time, or no single time', () => {
  it.each([
    'Doorlopend',
    'In overleg',
    'Nader te bepalen',
    'z.s.m.',
    '2x per jaar',
    'in het komende kwartaal', // the current quarter or the next one: a reader cannot tell
    'jaarlijks vóór het zomerreces',
    'Elk voorjaar een bijeenkomst',
    'Volgt uit de Planningsbrief 2021',
    'Zie de Kadernota 2018-2022',
  ])('"%s" gives null..null, even with a reference date', (text) => {
    expect(parsePlanning(text, { referenceDate: '2021-02-10' })).toEqual({ start: null, end: null });
  });

  it('keeps explicit years in a recurring text', () => {
    expect(parsePlanning('jaarlijks in 2019 en 2020', { referenceDate: '2019-01-01' })).toEqual({
      start: '2019-01-01',
      end: '2020-12-31',
    });
  });
});
