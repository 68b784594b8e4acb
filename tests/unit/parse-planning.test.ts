import { describe, expect, it } from 'vitest';

import { isOverdue, parsePlanning } from '@/lib/deadlines/parse-planning';

import { SEED_DOCUMENTS, type PlanningCase } from './fixtures/seed-planning-texts';

/** The examples listed in the issue, without a reference date unless the text needs one. */
const ISSUE_EXAMPLES: (PlanningCase & { referenceDate?: string })[] = [
  { action: 'medio', text: 'medio 2017', start: '2017-05-01', end: '2017-08-31' },
  { action: 'two years', text: '2017/2018', start: '2017-01-01', end: '2018-12-31' },
  { action: 'eind', text: 'eind 2019', start: '2019-10-01', end: '2019-12-31' },
  { action: 'voorjaar', text: 'voorjaar 2020', start: '2020-03-01', end: '2020-05-31' },
  { action: 'najaar', text: 'najaar 2020', start: '2020-09-01', end: '2020-11-30' },
  { action: 'zomer', text: 'zomer 2020', start: '2020-06-01', end: '2020-08-31' },
  { action: 'begin', text: 'begin 2018', start: '2018-01-01', end: '2018-04-30' },
  {
    action: 'quarter with reference date',
    text: 'tweede kwartaal',
    referenceDate: '2023-02-06',
    start: '2023-04-01',
    end: '2023-06-30',
  },
  { action: 'quarter without reference date', text: 'tweede kwartaal', start: null, end: null },
  { action: 'Q notation', text: 'Q2 2023', start: '2023-04-01', end: '2023-06-30' },
  { action: 't/m month', text: 't/m september 2020', start: null, end: '2020-09-30' },
  { action: 'day range', text: '1-8 november 2017', start: '2017-11-01', end: '2017-11-08' },
  { action: 'single day', text: '1 juli 2018 ingevoerd', start: '2018-07-01', end: '2018-07-01' },
  { action: 'no time', text: 'Doorlopend', start: null, end: null },
  { action: 'no time', text: 'Campagne loopt', start: null, end: null },
  { action: 't/m eind', text: 'Traject loopt t/m eind 2022.', start: null, end: '2022-12-31' },
];

describe('parsePlanning', () => {
  describe.each(SEED_DOCUMENTS)('every planning text of $document', ({ referenceDate, cases }) => {
    it.each(cases)('$action: $text', ({ text, start, end }) => {
      expect(parsePlanning(text, { referenceDate })).toEqual({ start, end });
    });
  });

  describe('examples from the issue', () => {
    it.each(ISSUE_EXAMPLES)('$action: $text', ({ text, referenceDate, start, end }) => {
      expect(parsePlanning(text, { referenceDate })).toEqual({ start, end });
    });
  });

  describe('texts that name no time', () => {
    it.each(['', '   ', '\n\t', 'Wordt nog bepaald', 'binnenkort', 'eind', 'medio', '16-27 traject', '300 pleegouders'])(
      '"%s" gives null..null',
      (text) => {
        expect(parsePlanning(text)).toEqual({ start: null, end: null });
      },
    );
  });

  describe('periods without a year', () => {
    it.each(['tweede kwartaal', 'Q3', 'voorjaar', 'zomer', 'najaar', 'Eind december in consultatie.'])(
      '"%s" gives null..null without a reference date',
      (text) => {
        expect(parsePlanning(text)).toEqual({ start: null, end: null });
      },
    );

    it.each([
      ['voorjaar', '2020-03-01', '2020-05-31'],
      ['zomer', '2020-06-01', '2020-08-31'],
      ['najaar', '2020-09-01', '2020-11-30'],
      ['begin december', '2020-12-01', '2020-12-15'],
    ])('"%s" takes the year of the reference date', (text, start, end) => {
      expect(parsePlanning(text, { referenceDate: '2020-01-15' })).toEqual({ start, end });
    });

    it('an explicit year wins over the reference date', () => {
      expect(parsePlanning('eind december 2021', { referenceDate: '2019-11-01' })).toEqual({
        start: '2021-12-16',
        end: '2021-12-31',
      });
    });

    it('rejects a reference date that is not an ISO date', () => {
      expect(() => parsePlanning('voorjaar', { referenceDate: '1-2-2019' })).toThrow(RangeError);
    });
  });

  describe('quarters', () => {
    it.each([
      ['eerste kwartaal 2023', '2023-01-01', '2023-03-31'],
      ['2e kwartaal 2023', '2023-04-01', '2023-06-30'],
      ['2de kwartaal van 2023', '2023-04-01', '2023-06-30'],
      ['derde kwartaal 2023', '2023-07-01', '2023-09-30'],
      ['vierde kwartaal 2023', '2023-10-01', '2023-12-31'],
      ['q4 2023', '2023-10-01', '2023-12-31'],
    ])('"%s" → %s..%s', (text, start, end) => {
      expect(parsePlanning(text)).toEqual({ start, end });
    });
  });

  describe('months, days and bounds', () => {
    it.each([
      ['jan 2020', '2020-01-01', '2020-01-31'],
      ['feb 2020', '2020-02-01', '2020-02-29'],
      ['februari 2019', '2019-02-01', '2019-02-28'],
      ['mrt 2020', '2020-03-01', '2020-03-31'],
      ['maart 2020', '2020-03-01', '2020-03-31'],
      ['apr 2020', '2020-04-01', '2020-04-30'],
      ['mei 2020', '2020-05-01', '2020-05-31'],
      ['jun 2020', '2020-06-01', '2020-06-30'],
      ['jul 2020', '2020-07-01', '2020-07-31'],
      ['aug 2020', '2020-08-01', '2020-08-31'],
      ['augustus 2020', '2020-08-01', '2020-08-31'],
      ['sep 2020', '2020-09-01', '2020-09-30'],
      ['sept. 2020', '2020-09-01', '2020-09-30'],
      ['okt 2020', '2020-10-01', '2020-10-31'],
      ['oktober 2020', '2020-10-01', '2020-10-31'],
      ['nov 2020', '2020-11-01', '2020-11-30'],
      ['dec 2020', '2020-12-01', '2020-12-31'],
    ])('month "%s" → %s..%s', (text, start, end) => {
      expect(parsePlanning(text)).toEqual({ start, end });
    });

    it.each([
      ['31 okt – 7 nov 2018', '2018-10-31', '2018-11-07'],
      ['28 dec 2018 — 3 jan 2019', '2018-12-28', '2019-01-03'],
      ['1 tot en met 8 november 2017', '2017-11-01', '2017-11-08'],
      ['per 30/10/2019 van start', '2019-10-30', '2019-10-30'],
      ['2017 – 2019', '2017-01-01', '2019-12-31'],
    ])('day and year ranges "%s" → %s..%s', (text, start, end) => {
      expect(parsePlanning(text)).toEqual({ start, end });
    });

    it.each([
      ['tot medio 2019', null, '2019-08-31'],
      ['tot 2021', null, '2021-12-31'],
      ['tot en met juni 2020', null, '2020-06-30'],
      ['vanaf maart 2020', '2020-03-01', null],
      ['van 2017 tot 2019', '2017-01-01', '2019-12-31'],
    ])('bounds "%s" → %s..%s', (text, start, end) => {
      expect(parsePlanning(text)).toEqual({ start, end });
    });

    it('does not read a day that does not exist as its month', () => {
      expect(parsePlanning('31 februari 2019')).toEqual({ start: null, end: null });
    });
  });

  describe('tolerance', () => {
    it('is case-insensitive', () => {
      expect(parsePlanning('MEDIO 2017')).toEqual(parsePlanning('medio 2017'));
      expect(parsePlanning('In Het Voorjaar Van 2020')).toEqual({ start: '2020-03-01', end: '2020-05-31' });
      expect(parsePlanning('TWEEDE KWARTAAL 2023')).toEqual({ start: '2023-04-01', end: '2023-06-30' });
    });

    it('joins multi-line cells', () => {
      expect(parsePlanning('Traject loopt t/m\nmedio\n2021.')).toEqual({ start: null, end: '2021-08-31' });
    });

    it('ignores the check-mark glyph of the PDF extraction', () => {
      expect(parsePlanning('\uFFFD 2017 gepubliceerd')).toEqual({ start: '2017-01-01', end: '2017-12-31' });
    });

    it('tolerates trailing punctuation', () => {
      expect(parsePlanning('Najaar 2020!?')).toEqual({ start: '2020-09-01', end: '2020-11-30' });
    });
  });
});

describe('isOverdue', () => {
  const range = { start: '2019-09-01', end: '2019-11-30' };

  it('is true once the end has passed', () => {
    expect(isOverdue(range, '2019-12-01')).toBe(true);
  });

  it('is false on and before the end', () => {
    expect(isOverdue(range, '2019-11-30')).toBe(false);
    expect(isOverdue(range, '2019-10-01')).toBe(false);
  });

  it('is false without an end', () => {
    expect(isOverdue({ start: '2019-09-01', end: null }, '2030-01-01')).toBe(false);
  });
});
