/**
 * Parses the Dutch planning text of an action ("Wanneer" / "Planning" column of a progress report)
 * into the calendar range it names. Dates are ISO calendar dates (YYYY-MM-DD); all arithmetic is on
 * year/month/day numbers, so there are no time-zone effects.
 *
 * Mapping (case-insensitive; "in het", "van", "naar verwachting", trailing punctuation, line breaks and
 * any kind of dash are tolerated):
 *
 *   `2018`                                    → 2018-01-01 .. 2018-12-31
 *   `2017/2018`, `2017-2019`                  → first year's 01-01 .. last year's 12-31
 *   `juni 2019`, `sep 2020`                   → first .. last day of the month; abbreviations
 *                                               jan feb mrt apr mei jun jul aug sep/sept okt nov dec
 *   `1 juli 2018`, `30/10/2019`               → that day .. that day
 *   `1-8 november 2017`, `31 okt – 7 nov 2018` → first day .. last day
 *   `begin 2018`                              → 01-01 .. 04-30
 *   `voorjaar 2020`                           → 03-01 .. 05-31
 *   `medio 2017`                              → 05-01 .. 08-31
 *   `zomer 2020`                              → 06-01 .. 08-31
 *   `najaar 2020`                             → 09-01 .. 11-30
 *   `eind 2019`                               → 10-01 .. 12-31
 *   `begin december`, `eind december`         → 12-01 .. 12-15, 12-16 .. 12-31
 *   `Q2 2023`, `tweede kwartaal 2023`, `2e kwartaal`, `eerste/derde/vierde kwartaal`
 *                                             → the quarter's first .. last day
 *   `t/m X`, `tot X`, `tot en met X`          → null .. end of X
 *   `vanaf X`                                 → start of X .. null
 *
 * Examples of bounds: `t/m september 2020` → null..2020-09-30, `tot medio 2019` → null..2019-08-31,
 * `Traject loopt t/m eind 2022.` → null..2022-12-31, `tot 2021` → null..2021-12-31.
 *
 * A period without a year (`tweede kwartaal`, `voorjaar`, `eind december`) takes the year of
 * `referenceDate` (the report's date); without a reference date it is ignored.
 * When a text names several periods, the range runs from the earliest start to the latest end; a period
 * after "t/m"/"tot" only contributes its end, one after "vanaf" only its start:
 * `najaar 2019 t/m medio 2020` → 2019-09-01..2020-08-31.
 * Texts that name no time at all (`Doorlopend`, `Gereed.`, `Start na afloop pleegkinderparlement.`)
 * give null..null: the parser never guesses.
 */

export type DeadlineRange = { start: string | null; end: string | null };

export type ParsePlanningOptions = {
  /** ISO date of the report, whose year completes periods named without a year. */
  referenceDate?: string;
};

type CalendarPeriod = { start: string; end: string };

/** `endOnly` for "t/m X", `startOnly` for "vanaf X". */
type Bound = 'both' | 'endOnly' | 'startOnly';

type BoundedPeriod = CalendarPeriod & { bound: Bound };

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

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Null when the day does not exist in that month. */
function isoDate(year: number, month: number, day: number): string | null {
  const exists = month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
  return exists ? `${year}-${pad(month)}-${pad(day)}` : null;
}

function monthSpan(year: number, firstMonth: number, lastMonth: number): CalendarPeriod {
  return {
    start: `${year}-${pad(firstMonth)}-01`,
    end: `${year}-${pad(lastMonth)}-${pad(daysInMonth(year, lastMonth))}`,
  };
}

function daySpan(start: string | null, end: string | null): CalendarPeriod | null {
  return start !== null && end !== null && start <= end ? { start, end } : null;
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
const PERIOD_PATTERNS: PeriodPattern[] = [
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

const END_BOUND_BEFORE = /\b(?:t\/m|tot(?: en met)?)\s*$/;
const START_BOUND_BEFORE = /\bvanaf\s*$/;
/** Replaces consumed text; not whitespace, so no later pattern can match across it. */
const CONSUMED = '#';

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/\uFFFD/g, ' ') // the check-mark glyph of the PDF extraction
    .replace(/[\u2010-\u2015\u2212]/g, '-') // en dash, em dash, minus sign
    .replace(/\s+/g, ' ')
    .trim();
}

function boundBefore(precedingText: string): Bound {
  if (END_BOUND_BEFORE.test(precedingText)) return 'endOnly';
  if (START_BOUND_BEFORE.test(precedingText)) return 'startOnly';
  return 'both';
}

function referenceYearOf(referenceDate: string | undefined): number | null {
  if (referenceDate === undefined) return null;
  const match = /^(\d{4})-\d{2}-\d{2}$/.exec(referenceDate);
  if (match === null) throw new RangeError(`referenceDate must be an ISO date (YYYY-MM-DD), got "${referenceDate}"`);
  return Number(match[1]);
}

function findPeriods(text: string, referenceYear: number | null): BoundedPeriod[] {
  const periods: BoundedPeriod[] = [];
  let unconsumed = text;
  for (const pattern of PERIOD_PATTERNS) {
    for (const match of [...unconsumed.matchAll(pattern.regex)]) {
      const index = match.index;
      const period = pattern.toPeriod(match.groups ?? {}, referenceYear);
      if (period !== null) periods.push({ ...period, bound: boundBefore(text.slice(0, index)) });
      // Consumed even when invalid, so "31 februari 2019" does not fall back to "februari 2019".
      unconsumed =
        unconsumed.slice(0, index) + CONSUMED.repeat(match[0].length) + unconsumed.slice(index + match[0].length);
    }
  }
  return periods;
}

function earliest(dates: string[]): string | null {
  return dates.length === 0 ? null : dates.reduce((a, b) => (b < a ? b : a));
}

function latest(dates: string[]): string | null {
  return dates.length === 0 ? null : dates.reduce((a, b) => (b > a ? b : a));
}

export function parsePlanning(text: string, options: ParsePlanningOptions = {}): DeadlineRange {
  const periods = findPeriods(normalize(text), referenceYearOf(options.referenceDate));
  return {
    start: earliest(periods.filter((period) => period.bound !== 'endOnly').map((period) => period.start)),
    end: latest(periods.filter((period) => period.bound !== 'startOnly').map((period) => period.end)),
  };
}

/** True when the range has an end and that end lies before `onDate` (ISO). */
export function isOverdue(range: DeadlineRange, onDate: string): boolean {
  return range.end !== null && range.end < onDate;
}
