/**
 * The periods a Dutch planning text can name, as regular expressions with what each match means
 * (see parse-planning.ts for the whole mapping).
 */
import { daySpan, daysInMonth, isoDate, monthSpan, prinsjesdag } from '@/lib/deadlines/calendar';
import {
  BEFORE_YEAR,
  explicitOrReferenceYear,
  FULL_MONTH_NAME,
  HALF_WORD,
  lookup,
  monthGroup,
  monthNumber,
  ORDINAL,
  ORDINALS,
  PART_OF_YEAR,
  PART_OF_YEAR_BEFORE,
  PART_OF_YEAR_MONTHS,
  YEAR,
  yearGroup,
  type NamedPeriod,
  type PeriodPattern,
} from '@/lib/deadlines/period-words';
import { RANGE_PATTERNS } from '@/lib/deadlines/range-patterns';

/** Words whose compounds name documents: "Planningsbrief", "Voortgangsrapportage", "Jaarverslag". */
const DOCUMENT_WORDS = 'brief|rapportage|nota|begroting|verslag|rekening|circulaire';
const DAY_RANGE_SEPARATOR = String.raw`(?:-|t\/m|tot en met)`;

function day(year: number | null, month: number, dayOfMonth: number): NamedPeriod | null {
  if (year === null) return null;
  const date = isoDate(year, month, dayOfMonth);
  const period = daySpan(date, date);
  return period === null ? null : { ...period, plainVoor: true };
}

/** A part of a year ("voorjaar 2020", "eind 2019") with what "vóór" it means. */
export function partOfYear(year: number, part: string | undefined): NamedPeriod {
  const [firstMonth, lastMonth] = lookup(PART_OF_YEAR_MONTHS, part);
  const period = monthSpan(year, firstMonth, lastMonth);
  const before = PART_OF_YEAR_BEFORE[part ?? ''];
  if (part === 'begin') return { ...period, plainVoor: true };
  return before === undefined ? period : { ...period, before: isoDate(year, ...before) ?? undefined, plainVoor: true };
}

function half(year: number | null, which: number): NamedPeriod | null {
  if (year === null || which > 2) return null;
  return which === 1 ? monthSpan(year, 1, 6) : monthSpan(year, 7, 12);
}

/**
 * Ordered from most to least specific: each match is consumed before the next pattern runs, so the
 * "november 2017" and "2017" inside "1-8 november 2017" are not counted again. Patterns whose year is
 * optional take the reference year when it is missing.
 */
export const PERIOD_PATTERNS: PeriodPattern[] = [
  {
    // Planningsbrief 2021, Voortgangsrapportage 2017, Kadernota 2018-2022: a document's name, no time
    regex: new RegExp(String.raw`[a-zà-ÿ]*(?:${DOCUMENT_WORDS})\s+${YEAR}\b(?:\s*[/-]\s*${YEAR}\b)?`, 'g'),
    toPeriod: () => null,
  },
  {
    // 30/10/2019, 30-10-2019
    regex: new RegExp(String.raw`\b(?<day>\d{1,2})[/-](?<month>\d{1,2})[/-]${yearGroup('year')}`, 'g'),
    toPeriod: ({ day: d, month, year }) => day(Number(year), Number(month), Number(d)),
  },
  {
    // 1-8 november 2017, 31 okt – 7 nov 2018, 28 dec 2018 - 3 jan 2019, 16 januari - 2 februari
    regex: new RegExp(
      String.raw`\b(?<fromDay>\d{1,2})(?:\s+${monthGroup('fromMonth')}(?:\s+${yearGroup('fromYear')})?)?` +
        String.raw`\s*${DAY_RANGE_SEPARATOR}\s*(?<toDay>\d{1,2})\s+${monthGroup('toMonth')}(?:\s+${yearGroup('toYear')})?`,
      'g',
    ),
    toPeriod: ({ fromDay, fromMonth, fromYear, toDay, toMonth, toYear }, referenceYear) => {
      const endYear = explicitOrReferenceYear(toYear, referenceYear);
      if (endYear === null) return null;
      const start = isoDate(Number(fromYear ?? endYear), monthNumber(fromMonth ?? toMonth), Number(fromDay));
      const end = isoDate(endYear, monthNumber(toMonth), Number(toDay));
      return daySpan(start, end);
    },
  },
  {
    // 1 juli 2018, 1 januari van 2017
    regex: new RegExp(String.raw`\b(?<day>\d{1,2})\s+${monthGroup('month')}\s+(?:van\s+)?${yearGroup('year')}`, 'g'),
    toPeriod: ({ day: d, month, year }) => day(Number(year), monthNumber(month), Number(d)),
  },
  {
    // Prinsjesdag (2021): the third Tuesday of September
    regex: new RegExp(String.raw`\bprinsjesdag\b(?:${BEFORE_YEAR}${yearGroup('year')})?`, 'g'),
    toPeriod: ({ year }, referenceYear) => {
      const resolvedYear = explicitOrReferenceYear(year, referenceYear);
      if (resolvedYear === null) return null;
      const date = prinsjesdag(resolvedYear);
      return { start: date, end: date, plainVoor: true };
    },
  },
  ...RANGE_PATTERNS,
  {
    // eind december, begin maart 2020: the first or second half of the month
    regex: new RegExp(String.raw`\b(?<part>begin|eind|einde)\s+${monthGroup('month')}(?:${BEFORE_YEAR}${yearGroup('year')})?`, 'g'),
    toPeriod: ({ part, month, year }, referenceYear) => {
      const resolvedYear = explicitOrReferenceYear(year, referenceYear);
      if (resolvedYear === null) return null;
      const monthIndex = monthNumber(month);
      const [firstDay, lastDay] = part === 'begin' ? [1, 15] : [16, daysInMonth(resolvedYear, monthIndex)];
      const period = daySpan(isoDate(resolvedYear, monthIndex, firstDay), isoDate(resolvedYear, monthIndex, lastDay));
      if (period === null) return null;
      return part === 'begin' ? { ...period, plainVoor: true } : { ...period, before: period.end, plainVoor: true };
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
    // eerste helft 2018, 1e helft van 2019, tweede halfjaar, 2e half jaar 2021, H1 2020
    regex: new RegExp(
      String.raw`(?:\b(?<ordinal>${ORDINAL})\s+${HALF_WORD}(?:${BEFORE_YEAR}${yearGroup('year')})?|\bh(?<number>[12])\s*${yearGroup('hYear')})`,
      'g',
    ),
    toPeriod: ({ ordinal, year, number, hYear }, referenceYear) =>
      number !== undefined
        ? half(Number(hYear), Number(number))
        : half(explicitOrReferenceYear(year, referenceYear), lookup(ORDINALS, ordinal)),
  },
  {
    // Q2 2023, tweede kwartaal (van dit jaar), 2e kwartaal van 2023
    regex: new RegExp(
      String.raw`(?:\bq(?<quarterNumber>[1-4])|\b(?<ordinal>${ORDINAL})\s+kwartaal)\b(?:${BEFORE_YEAR}${yearGroup('year')})?`,
      'g',
    ),
    toPeriod: ({ quarterNumber, ordinal, year }, referenceYear) => {
      const resolvedYear = explicitOrReferenceYear(year, referenceYear);
      if (resolvedYear === null) return null;
      const quarter = quarterNumber !== undefined ? Number(quarterNumber) : lookup(ORDINALS, ordinal);
      return monthSpan(resolvedYear, quarter * 3 - 2, quarter * 3);
    },
  },
  {
    // begin 2018, voorjaar van 2020, medio 2017, zomer 2020, najaar 2020, eind 2019, het einde van 2023
    regex: new RegExp(String.raw`\b(?<part>${PART_OF_YEAR})${BEFORE_YEAR}${yearGroup('year')}`, 'g'),
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
    // voorjaar, zomer(vakantie), zomerreces, najaar without a year; "begin", "medio" and "eind" alone
    // are too vague to use.
    regex: /\b(?<part>voorjaar|zomervakantie|zomerreces|zomer|najaar)\b/g,
    toPeriod: ({ part }, referenceYear) => (referenceYear === null ? null : partOfYear(referenceYear, part)),
  },
  {
    // 13 april, uiterlijk 1 maart
    regex: new RegExp(String.raw`\b(?<day>\d{1,2})\s+${monthGroup('month')}`, 'g'),
    toPeriod: ({ day: d, month }, referenceYear) => day(referenceYear, monthNumber(month), Number(d)),
  },
  {
    // tot en met september: month names written in full only
    regex: new RegExp(String.raw`\b${monthGroup('month', FULL_MONTH_NAME)}`, 'g'),
    toPeriod: ({ month }, referenceYear) => {
      if (referenceYear === null) return null;
      const monthIndex = monthNumber(month);
      return monthSpan(referenceYear, monthIndex, monthIndex);
    },
  },
];
