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

import type { CalendarPeriod } from '@/lib/deadlines/calendar';
import { PERIOD_PATTERNS } from '@/lib/deadlines/period-patterns';

export type DeadlineRange = { start: string | null; end: string | null };

export type ParsePlanningOptions = {
  /** ISO date of the report, whose year completes periods named without a year. */
  referenceDate?: string;
};

/** `endOnly` for "t/m X", `startOnly` for "vanaf X". */
type Bound = 'both' | 'endOnly' | 'startOnly';

type BoundedPeriod = CalendarPeriod & { bound: Bound };

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
