/**
 * Parses the Dutch planning text of an action ("Wanneer" / "Planning" column of a progress report)
 * into the calendar range it names. Dates are ISO calendar dates (YYYY-MM-DD); all arithmetic is on
 * year/month/day numbers, so there are no time-zone effects. The patterns live in period-patterns.ts
 * and range-patterns.ts, their words in period-words.ts; the real texts they are checked against in
 * tests/unit/fixtures/planning-texts.json.
 *
 * Periods (case-insensitive; "in het", "van", "naar verwachting", trailing punctuation, line breaks and
 * any kind of dash are tolerated):
 *
 *   `2018`                                    → 2018-01-01 .. 2018-12-31
 *   `2017/2018`, `2017-2019`                  → first year's 01-01 .. last year's 12-31
 *   `juni 2019`, `sep 2020`                   → first .. last day of the month; abbreviations
 *                                               jan feb mrt apr mei jun jul aug sep/sept okt nov dec
 *   `1 juli 2018`, `30/10/2019`, `Prinsjesdag 2021` (third Tuesday of September) → that day
 *   `1-8 november 2017`, `31 okt – 7 nov 2018` → first day .. last day
 *   `begin 2018`                              → 01-01 .. 04-30
 *   `voorjaar 2020`                           → 03-01 .. 05-31
 *   `medio 2017`                              → 05-01 .. 08-31: "around mid-year", a range around 1 July
 *                                               wide enough that a text saying "medio" is not overdue in July
 *   `zomer 2020`, `zomervakantie`, `zomerreces` → 06-01 .. 08-31
 *   `najaar 2020`                             → 09-01 .. 11-30
 *   `eind 2019`, `het einde van 2019`         → 10-01 .. 12-31
 *   `winter 2015/2016`                        → 2015-12-01 .. 2016-02-29 (a winter needs both years)
 *   `begin december`, `eind december`         → 12-01 .. 12-15, 12-16 .. 12-31
 *   `Q2 2023`, `tweede kwartaal 2023`, `2e kwartaal` → the quarter's first .. last day
 *   `eerste helft 2018`, `1e helft`, `tweede halfjaar`, `2e half jaar`, `H1 2020` → 01-01 .. 06-30 / 07-01 .. 12-31
 *
 * One year shared by a range, written once at its end: `mei t/m juli 2024` → 05-01 .. 07-31, likewise
 * `juni/juli 2017`, `van juli tot november 2024`, `september-december 2019`, `voorjaar–zomer 2024`,
 * `Q3-Q4 2020`, `1e tot en met 3e kwartaal 2027`; a first month after the second lies in the year before
 * (`november - februari 2025` → 2024-11-01 .. 2025-02-28).
 *
 * Bounds, from the words just before a period X (small words "in", "op", "de", "het" may come between):
 *   `t/m X`, `tot (en met) X`, `uiterlijk X`, `ten laatste X`, `niet later dan X` → null .. end of X
 *   `vóór X`                                  → null .. the day before X starts (`vóór 1 juli 2018`
 *                                               → null..2018-06-30, `vóór 2020` → null..2019-12-31), except
 *                                               for moments: before `eind X` is by its end (12-31), before
 *                                               `medio X` by 30 June, and before `de zomer` / `het zomerreces`
 *                                               by 30 June, because in government usage it means before the
 *                                               summer recess, which starts in July
 *   `voor X` (no accent)                      → the same, but only before a day, `begin`, `medio`, `eind` or the
 *                                               summer: before a month or year "voor" is usually "for"
 *                                               (`budget voor 2019` is 2019)
 *   `vanaf X`, `sinds X`, `niet eerder dan X`, `ten vroegste X`, `met ingang van X` → start of X .. null
 *   `na X`                                    → the day after X ends .. null (`na de zomer` → 09-01..null)
 * A bound names one side only; the other stays null rather than becoming the report's date, so a range
 * shows what the text says, overdue is judged on the end alone, and a shift compares ends.
 *
 * Without a year, a period (`tweede kwartaal`, `voorjaar`, `na de zomer`, `eind december`, `1 maart`, a month
 * written in full, `juni - augustus`) takes the year of `referenceDate`, the round's date; so do the
 * relative years `dit jaar`, `volgend jaar`, `komend jaar`, `vorig jaar`, `van het jaar` (`eind dit jaar`,
 * `begin volgend jaar`, `tweede helft van het jaar`). Without a reference date these are ignored.
 *
 * When a text names several periods, the range runs from the earliest start to the latest end:
 * `najaar 2019 t/m medio 2020` → 2019-09-01..2020-08-31; a start after the end (`tot 2021, daarna vanaf
 * 2022`) is dropped, keeping the deadline.
 * Texts that name no time at all (`Doorlopend`, `Gereed.`, `In overleg`, `Nader te bepalen`, `z.s.m.`,
 * `Start na afloop pleegkinderparlement.`), a recurring time (`2x per jaar`, `jaarlijks vóór het
 * zomerreces`: year-less periods are not filled in) or only a document's name (`Planningsbrief 2021`)
 * give null..null: the parser never guesses.
 */

import { dayAfter, dayBefore } from '@/lib/deadlines/calendar';
import { PERIOD_PATTERNS } from '@/lib/deadlines/period-patterns';
import type { NamedPeriod } from '@/lib/deadlines/period-words';
import { isRecurring, resolveRelativeYears } from '@/lib/deadlines/relative-years';

export type DeadlineRange = { start: string | null; end: string | null };

export type ParsePlanningOptions = {
  /** ISO date of the report, whose year completes periods named without a year. */
  referenceDate?: string;
};

/** What the words just before a period make of it; see the module comment. */
type Bound = 'both' | 'endOnly' | 'startOnly' | 'before' | 'after';

/** Small words allowed between a bound and its period: "uiterlijk het tweede kwartaal", "na de zomer". */
const FILLER = String.raw`(?:\s+(?:in|op|per|de|het))*\s*$`;
const BOUNDS: { regex: RegExp; bound: Bound; onlyBeforePointLike?: boolean }[] = [
  { regex: new RegExp(String.raw`\b(?:t\/m|tot(?: en met)?|uiterlijk|ten laatste|niet later dan)${FILLER}`), bound: 'endOnly' },
  { regex: new RegExp(String.raw`(?:^|[^\p{L}])vóór${FILLER}`, 'u'), bound: 'before' },
  { regex: new RegExp(String.raw`\bvoor${FILLER}`), bound: 'before', onlyBeforePointLike: true },
  { regex: new RegExp(String.raw`\b(?:vanaf|sinds|niet eerder dan|ten vroegste|met ingang van)${FILLER}`), bound: 'startOnly' },
  { regex: new RegExp(String.raw`\bna${FILLER}`), bound: 'after' },
];

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

function boundBefore(precedingText: string, period: NamedPeriod): Bound {
  for (const { regex, bound, onlyBeforePointLike } of BOUNDS) {
    if (regex.test(precedingText) && (!onlyBeforePointLike || period.plainVoor === true)) return bound;
  }
  return 'both';
}

function referenceYearOf(referenceDate: string | undefined): number | null {
  if (referenceDate === undefined) return null;
  const match = /^(\d{4})-\d{2}-\d{2}$/.exec(referenceDate);
  if (match === null) throw new RangeError(`referenceDate must be an ISO date (YYYY-MM-DD), got "${referenceDate}"`);
  return Number(match[1]);
}

/** The start and end one period contributes, given the bound in front of it. */
function contribution(period: NamedPeriod, bound: Bound): DeadlineRange {
  switch (bound) {
    case 'both':
      return { start: period.start, end: period.end };
    case 'endOnly':
      return { start: null, end: period.end };
    case 'startOnly':
      return { start: period.start, end: null };
    case 'before':
      return { start: null, end: period.before ?? dayBefore(period.start) };
    case 'after':
      return { start: dayAfter(period.end), end: null };
  }
}

function findContributions(text: string, referenceYear: number | null): DeadlineRange[] {
  const contributions: DeadlineRange[] = [];
  let unconsumed = text;
  for (const pattern of PERIOD_PATTERNS) {
    for (const match of [...unconsumed.matchAll(pattern.regex)]) {
      const index = match.index;
      const period = pattern.toPeriod(match.groups ?? {}, referenceYear);
      if (period !== null) contributions.push(contribution(period, boundBefore(text.slice(0, index), period)));
      // Consumed even when invalid, so "31 februari 2019" does not fall back to "februari 2019".
      unconsumed =
        unconsumed.slice(0, index) + CONSUMED.repeat(match[0].length) + unconsumed.slice(index + match[0].length);
    }
  }
  return contributions;
}

function earliest(dates: string[]): string | null {
  return dates.length === 0 ? null : dates.reduce((a, b) => (b < a ? b : a));
}

function latest(dates: string[]): string | null {
  return dates.length === 0 ? null : dates.reduce((a, b) => (b > a ? b : a));
}

export function parsePlanning(text: string, options: ParsePlanningOptions = {}): DeadlineRange {
  const normalized = normalize(text);
  const reportYear = referenceYearOf(options.referenceDate);
  // A recurring moment ("jaarlijks vóór het zomerreces") is no single range: no year is filled in.
  const referenceYear = isRecurring(normalized) ? null : reportYear;
  const resolved = referenceYear === null ? normalized : resolveRelativeYears(normalized, referenceYear);
  const contributions = findContributions(resolved, referenceYear);
  const start = earliest(contributions.flatMap((c) => (c.start === null ? [] : [c.start])));
  const end = latest(contributions.flatMap((c) => (c.end === null ? [] : [c.end])));
  // Never backwards ("tot 2021, daarna vanaf 2022"): the deadline the text names is what counts.
  return start !== null && end !== null && start > end ? { start: null, end } : { start, end };
}

/** True when the range has an end and that end lies before `onDate` (ISO). */
export function isOverdue(range: DeadlineRange, onDate: string): boolean {
  return range.end !== null && range.end < onDate;
}
