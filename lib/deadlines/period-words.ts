/**
 * The Dutch words planning texts name periods with, and the regular-expression fragments built from
 * them, shared by the single-period and the range patterns.
 */

import type { CalendarPeriod } from '@/lib/deadlines/calendar';

export type MatchGroups = Record<string, string | undefined>;

/**
 * A period a text names. `before` is what "vóór X" means when that is not the day before X starts;
 * `plainVoor` says that an unaccented "voor" in front of it is a bound too ("voor 1 juli", "voor de
 * zomer", "voor eind 2019"); before a month or a year "voor" is too often "for" ("budget voor 2019").
 */
export type NamedPeriod = CalendarPeriod & { before?: string; plainVoor?: boolean };

export type PeriodPattern = {
  regex: RegExp;
  /** Null when the match names no valid period (31 februari, a year-less period without reference year). */
  toPeriod: (groups: MatchGroups, referenceYear: number | null) => NamedPeriod | null;
};

export const MONTH_NUMBERS: Record<string, number> = {
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
export const PART_OF_YEAR_MONTHS: Record<string, [number, number]> = {
  begin: [1, 4],
  voorjaar: [3, 5],
  medio: [5, 8],
  zomer: [6, 8],
  zomervakantie: [6, 8],
  zomerreces: [6, 8],
  najaar: [9, 11],
  eind: [10, 12],
  einde: [10, 12],
};

/**
 * What "vóór X" means for the parts of a year that name a moment rather than a stretch: before the end
 * of a year is by 31 December, before mid-year by 30 June, and before the summer (vacation, recess) is
 * by 30 June, because in Dutch government usage it means before the summer recess, which starts in July.
 * Any other period X gives the day before it starts.
 */
export const PART_OF_YEAR_BEFORE: Record<string, [month: number, day: number]> = {
  medio: [6, 30],
  zomer: [6, 30],
  zomervakantie: [6, 30],
  zomerreces: [6, 30],
  eind: [12, 31],
  einde: [12, 31],
};

export const ORDINALS: Record<string, number> = {
  eerste: 1, '1e': 1, '1ste': 1,
  tweede: 2, '2e': 2, '2de': 2,
  derde: 3, '3e': 3, '3de': 3,
  vierde: 4, '4e': 4, '4de': 4,
};

export const YEAR = String.raw`(?:19|20)\d{2}`;
export const MONTH_NAME = alternatives(Object.keys(MONTH_NUMBERS));
/** Month names written out in full: only these count without a year ("tot en met september"). */
export const FULL_MONTH_NAME = alternatives(
  Object.keys(MONTH_NUMBERS).filter((name) => !['jan', 'feb', 'mrt', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dec'].includes(name)),
);
export const PART_OF_YEAR = alternatives(Object.keys(PART_OF_YEAR_MONTHS));
export const ORDINAL = alternatives(Object.keys(ORDINALS));
/** "eerste helft", "1e halfjaar", "tweede half jaar". */
export const HALF_WORD = String.raw`(?:helft|half\s?jaar)`;
/** Joins the two ends of a range: "-", "/", "t/m", "tot en met", "tot". */
export const RANGE_SEPARATOR = String.raw`\s*(?:-|\/|t\/m|tot en met|tot)\s*`;
/** Between a period and its year: "voorjaar van 2020", "zomervakantie in 2020". */
export const BEFORE_YEAR = String.raw`\s+(?:(?:van|in)\s+)?`;

/** Longest first, so "sept" is not read as "sep" followed by "t". */
function alternatives(words: string[]): string {
  return [...words].sort((a, b) => b.length - a.length).join('|');
}

export function yearGroup(name: string): string {
  return String.raw`(?<${name}>${YEAR})\b`;
}

/** A month name or abbreviation, optionally followed by an abbreviation dot ("nov."). */
export function monthGroup(name: string, names: string = MONTH_NAME): string {
  return String.raw`(?<${name}>${names})\b\.?`;
}

/** Looks up a word the pattern only matches when it is a key of the table. */
export function lookup<T>(table: Readonly<Record<string, T>>, key: string | undefined): T {
  const value = table[key ?? ''];
  if (value === undefined) throw new Error(`No entry for "${key}": pattern and table are out of sync`);
  return value;
}

export function monthNumber(name: string | undefined): number {
  return lookup(MONTH_NUMBERS, name);
}

export function explicitOrReferenceYear(year: string | undefined, referenceYear: number | null): number | null {
  return year === undefined ? referenceYear : Number(year);
}
