/**
 * Ranges whose two ends share one year, written once at the end: "mei t/m juli 2024",
 * "juni/juli 2017", "voorjaar–zomer 2024", "Q3-Q4 2020", "1e tot en met 3e kwartaal 2027", and the
 * winter that spans two years ("winter van 2015/2016"). Without a year they take the reference year.
 */
import { daySpan, monthSpan } from '@/lib/deadlines/calendar';
import {
  BEFORE_YEAR,
  explicitOrReferenceYear,
  lookup,
  monthGroup,
  monthNumber,
  ORDINAL,
  ORDINALS,
  PART_OF_YEAR,
  PART_OF_YEAR_MONTHS,
  RANGE_SEPARATOR,
  yearGroup,
  type NamedPeriod,
  type PeriodPattern,
} from '@/lib/deadlines/period-words';

const OPTIONAL_YEAR = String.raw`(?:${BEFORE_YEAR}${yearGroup('year')})?`;
/** Parts of a year that can stand without a year in a range; "begin" or "eind" alone are too vague. */
const SEASONS = new Set(['voorjaar', 'zomer', 'najaar']);

/**
 * From the first month of one span to the last month of another in the same year; a first span that
 * starts later than the second ("november - februari 2025") lies in the year before.
 */
function monthsRange(year: number | null, [fromFirst, fromLast]: [number, number], [toFirst, toLast]: [number, number]) {
  if (year === null) return null;
  const fromYear = fromFirst > toFirst ? year - 1 : year;
  return daySpan(monthSpan(fromYear, fromFirst, fromLast).start, monthSpan(year, toFirst, toLast).end);
}

function quarterMonths(number: string | undefined, ordinal: string | undefined): [number, number] {
  const quarter = number !== undefined ? Number(number) : lookup(ORDINALS, ordinal);
  return [quarter * 3 - 2, quarter * 3];
}

export const RANGE_PATTERNS: PeriodPattern[] = [
  {
    // winter van 2015/2016: December .. February
    regex: new RegExp(String.raw`\bwinter${BEFORE_YEAR}${yearGroup('first')}\s*[/-]\s*${yearGroup('second')}`, 'g'),
    toPeriod: ({ first, second }): NamedPeriod | null => {
      if (Number(second) !== Number(first) + 1) return null;
      return daySpan(`${first}-12-01`, monthSpan(Number(second), 2, 2).end);
    },
  },
  {
    // mei t/m juli 2024, juni/juli 2017, van juli tot november 2024, juni - augustus
    regex: new RegExp(String.raw`\b` + monthGroup('fromMonth') + RANGE_SEPARATOR + monthGroup('toMonth') + OPTIONAL_YEAR, 'g'),
    toPeriod: ({ fromMonth, toMonth, year }, referenceYear) => {
      const from = monthNumber(fromMonth);
      const to = monthNumber(toMonth);
      return monthsRange(explicitOrReferenceYear(year, referenceYear), [from, from], [to, to]);
    },
  },
  {
    // voorjaar–zomer 2024, najaar - eind 2019
    regex: new RegExp(
      String.raw`\b(?<fromPart>${PART_OF_YEAR})${RANGE_SEPARATOR}(?<toPart>${PART_OF_YEAR})\b${OPTIONAL_YEAR}`,
      'g',
    ),
    toPeriod: ({ fromPart, toPart, year }, referenceYear) => {
      const yearless = year === undefined && !(SEASONS.has(fromPart ?? '') && SEASONS.has(toPart ?? ''));
      if (yearless) return null;
      const resolvedYear = explicitOrReferenceYear(year, referenceYear);
      return monthsRange(resolvedYear, lookup(PART_OF_YEAR_MONTHS, fromPart), lookup(PART_OF_YEAR_MONTHS, toPart));
    },
  },
  {
    // Q3-Q4 2020, 1e tot en met 3e kwartaal 2027, eerste - tweede kwartaal
    regex: new RegExp(
      String.raw`(?:\bq(?<fromNumber>[1-4])|\b(?<fromOrdinal>${ORDINAL})(?:\s+kwartaal)?)${RANGE_SEPARATOR}` +
        String.raw`(?:q(?<toNumber>[1-4])|(?<toOrdinal>${ORDINAL})\s+kwartaal)\b${OPTIONAL_YEAR}`,
      'g',
    ),
    toPeriod: ({ fromNumber, fromOrdinal, toNumber, toOrdinal, year }, referenceYear) =>
      monthsRange(
        explicitOrReferenceYear(year, referenceYear),
        quarterMonths(fromNumber, fromOrdinal),
        quarterMonths(toNumber, toOrdinal),
      ),
  },
];
