/**
 * The periods a Dutch planning text can name, as regular expressions with what each match means
 * (see parse-planning.ts for the whole mapping).
 */
import { daySpan, daysInMonth, isoDate, monthSpan, type CalendarPeriod } from '@/lib/deadlines/calendar';

type MatchGroups = Record<string, string | undefined>;

type PeriodPattern = {
  regex: RegExp;
  /** Null when the match names no valid period (31 februari, a year-less period without reference year). */
  toPeriod: (groups: MatchGroups, referenceYear: number | null) => CalendarPeriod | null;
};

const MONTH_NUMBERS: Record<string, number> = {
  januari: 1, jan: 1,
  februari: 2, feb: 2,
  maart: 3, mrt: 3,
  april: 4, apr: 4,
  mei: 5,
  juni: 6, jun: 6,
  juli: 7, jul: 7,
  augustus: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  oktober: 10, okt: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

/** First and last month of the parts of a year. */
const PART_OF_YEAR_MONTHS: Record<string, [number, number]> = {
  begin: [1, 4],
  voorjaar: [3, 5],
  medio: [5, 8],
  zomer: [6, 8],
  najaar: [9, 11],
  eind: [10, 12],
};

const QUARTER_ORDINALS: Record<string, number> = {
  eerste: 1, '1e': 1, '1ste': 1,
  tweede: 2, '2e': 2, '2de': 2,
  derde: 3, '3e': 3, '3de': 3,
  vierde: 4, '4e': 4, '4de': 4,
};

const YEAR = String.raw`(?:19|20)\d{2}`;
const MONTH_NAME = Object.keys(MONTH_NUMBERS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const DAY_RANGE_SEPARATOR = String.raw`(?:-|t\/m|tot en met)`;

function yearGroup(name: string): string {
  return String.raw`(?<${name}>${YEAR})\b`;
}

/** A month name or abbreviation, optionally followed by an abbreviation dot ("nov."). */
function monthGroup(name: string): string {
  return String.raw`(?<${name}>${MONTH_NAME})\b\.?`;
}

/** Looks up a word the pattern only matches when it is a key of the table. */
function lookup<T>(table: Readonly<Record<string, T>>, key: string | undefined): T {
  const value = table[key ?? ''];
  if (value === undefined) throw new Error(`No entry for "${key}": pattern and table are out of sync`);
  return value;
}

function monthNumber(name: string | undefined): number {
  return lookup(MONTH_NUMBERS, name);
}

function partOfYear(year: number, part: string | undefined): CalendarPeriod {
  const [firstMonth, lastMonth] = lookup(PART_OF_YEAR_MONTHS, part);
  return monthSpan(year, firstMonth, lastMonth);
}

function explicitOrReferenceYear(year: string | undefined, referenceYear: number | null): number | null {
  return year === undefined ? referenceYear : Number(year);
}

/**
 * Ordered from most to least specific: each match is consumed before the next pattern runs, so the
 * "november 2017" and "2017" inside "1-8 november 2017" are not counted again.
 */
export const PERIOD_PATTERNS: PeriodPattern[] = [
  {
    // 30/10/2019, 30-10-2019
    regex: new RegExp(String.raw`\b(?<day>\d{1,2})[/-](?<month>\d{1,2})[/-]${yearGroup('year')}`, 'g'),
    toPeriod: ({ day, month, year }) => {
      const date = isoDate(Number(year), Number(month), Number(day));
      return daySpan(date, date);
    },
  },
  {
    // 1-8 november 2017, 31 okt – 7 nov 2018, 28 dec 2018 - 3 jan 2019
    regex: new RegExp(
      String.raw`\b(?<fromDay>\d{1,2})(?:\s+${monthGroup('fromMonth')}(?:\s+${yearGroup('fromYear')})?)?` +
        String.raw`\s*${DAY_RANGE_SEPARATOR}\s*(?<toDay>\d{1,2})\s+${monthGroup('toMonth')}\s+${yearGroup('toYear')}`,
      'g',
    ),
    toPeriod: ({ fromDay, fromMonth, fromYear, toDay, toMonth, toYear }) => {
      const start = isoDate(Number(fromYear ?? toYear), monthNumber(fromMonth ?? toMonth), Number(fromDay));
      const end = isoDate(Number(toYear), monthNumber(toMonth), Number(toDay));
      return daySpan(start, end);
    },
  },
  {
    // 1 juli 2018
    regex: new RegExp(String.raw`\b(?<day>\d{1,2})\s+${monthGroup('month')}\s+${yearGroup('year')}`, 'g'),
    toPeriod: ({ day, month, year }) => {
      const date = isoDate(Number(year), monthNumber(month), Number(day));
      return daySpan(date, date);
    },
  },
  {
    // eind december, begin maart 2020: the first or second half of the month
    regex: new RegExp(
      String.raw`\b(?<part>begin|eind)\s+${monthGroup('month')}(?:\s+(?:van\s+)?${yearGroup('year')})?`,
      'g',
    ),
    toPeriod: ({ part, month, year }, referenceYear) => {
      const resolvedYear = explicitOrReferenceYear(year, referenceYear);
      if (resolvedYear === null) return null;
      const monthIndex = monthNumber(month);
      const [firstDay, lastDay] = part === 'begin' ? [1, 15] : [16, daysInMonth(resolvedYear, monthIndex)];
      return daySpan(isoDate(resolvedYear, monthIndex, firstDay), isoDate(resolvedYear, monthIndex, lastDay));
    },
  },
  {
    // juni 2019, sep. 2020
    regex: new RegExp(String.raw`\b${monthGroup('month')}\s+(?:van\s+)?${yearGroup('year')}`, 'g'),
    toPeriod: ({ month, year }) => {
      const monthIndex = monthNumber(month);
      return monthSpan(Number(year), monthIndex, monthIndex);
    },
  },
  {
    // Q2 2023, tweede kwartaal (van dit jaar), 2e kwartaal van 2023
    regex: new RegExp(
      String.raw`(?:\bq(?<quarterNumber>[1-4])|\b(?<ordinal>${Object.keys(QUARTER_ORDINALS).join('|')})\s+kwartaal)\b` +
        String.raw`(?:\s+(?:van\s+)?${yearGroup('year')})?`,
      'g',
    ),
    toPeriod: ({ quarterNumber, ordinal, year }, referenceYear) => {
      const resolvedYear = explicitOrReferenceYear(year, referenceYear);
      if (resolvedYear === null) return null;
      const quarter = quarterNumber !== undefined ? Number(quarterNumber) : lookup(QUARTER_ORDINALS, ordinal);
      return monthSpan(resolvedYear, quarter * 3 - 2, quarter * 3);
    },
  },
  {
    // begin 2018, voorjaar van 2020, medio 2017, zomer 2020, najaar 2020, eind 2019
    regex: new RegExp(
      String.raw`\b(?<part>${Object.keys(PART_OF_YEAR_MONTHS).join('|')})\s+(?:van\s+)?${yearGroup('year')}`,
      'g',
    ),
    toPeriod: ({ part, year }) => partOfYear(Number(year), part),
  },
  {
    // 2017/2018, 2017-2019
    regex: new RegExp(String.raw`\b${yearGroup('firstYear')}\s*[/-]\s*${yearGroup('lastYear')}`, 'g'),
    toPeriod: ({ firstYear, lastYear }) => daySpan(`${firstYear}-01-01`, `${lastYear}-12-31`),
  },
  {
    // 2018
    regex: new RegExp(String.raw`\b${yearGroup('year')}`, 'g'),
    toPeriod: ({ year }) => monthSpan(Number(year), 1, 12),
  },
  {
    // voorjaar, zomer, najaar without a year; "begin", "medio" and "eind" alone are too vague to use.
    regex: /\b(?<part>voorjaar|zomer|najaar)\b/g,
    toPeriod: ({ part }, referenceYear) => (referenceYear === null ? null : partOfYear(referenceYear, part)),
  },
];
