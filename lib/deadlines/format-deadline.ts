/**
 * Short Dutch label of a deadline range, for tables. Each date is shown in the coarsest unit that
 * describes it exactly: whole years ("2017–2018"), whole months ("mei–aug 2020") or days ("1–8 nov 2017").
 */

import type { DeadlineRange } from '@/lib/deadlines/parse-planning';

const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const EN_DASH = '–';

type CalendarDate = { year: number; month: number; day: number };

function toCalendarDate(iso: string): CalendarDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (match === null) throw new RangeError(`Expected an ISO date (YYYY-MM-DD), got "${iso}"`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function daysInMonth({ year, month }: CalendarDate): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isFirstOfMonth(date: CalendarDate): boolean {
  return date.day === 1;
}

function isLastOfMonth(date: CalendarDate): boolean {
  return date.day === daysInMonth(date);
}

function isFirstOfYear(date: CalendarDate): boolean {
  return date.month === 1 && isFirstOfMonth(date);
}

function isLastOfYear(date: CalendarDate): boolean {
  return date.month === 12 && isLastOfMonth(date);
}

function monthName({ month }: CalendarDate): string {
  const abbreviation = MONTH_ABBREVIATIONS[month - 1];
  if (abbreviation === undefined) throw new RangeError(`Month ${month} does not exist`);
  return abbreviation;
}

function monthAndYear(date: CalendarDate): string {
  return `${monthName(date)} ${date.year}`;
}

function dayMonthAndYear(date: CalendarDate): string {
  return `${date.day} ${monthAndYear(date)}`;
}

function wholeYears(start: CalendarDate, end: CalendarDate): string {
  return start.year === end.year ? String(start.year) : `${start.year}${EN_DASH}${end.year}`;
}

function wholeMonths(start: CalendarDate, end: CalendarDate): string {
  if (start.year !== end.year) return `${monthAndYear(start)}${EN_DASH}${monthAndYear(end)}`;
  if (start.month === end.month) return monthAndYear(start);
  return `${monthName(start)}${EN_DASH}${monthAndYear(end)}`;
}

function days(start: CalendarDate, end: CalendarDate): string {
  if (start.year !== end.year) return `${dayMonthAndYear(start)}${EN_DASH}${dayMonthAndYear(end)}`;
  if (start.month !== end.month) return `${start.day} ${monthName(start)}${EN_DASH}${dayMonthAndYear(end)}`;
  if (start.day === end.day) return dayMonthAndYear(start);
  return `${start.day}${EN_DASH}${dayMonthAndYear(end)}`;
}

/** "vanaf 2020" is as exact as "vanaf 1 jan 2020", and shorter. */
function openEndedStart(start: CalendarDate): string {
  if (isFirstOfYear(start)) return String(start.year);
  return isFirstOfMonth(start) ? monthAndYear(start) : dayMonthAndYear(start);
}

/** "t/m 2021" is as exact as "t/m 31 dec 2021", and shorter. */
function openStartedEnd(end: CalendarDate): string {
  if (isLastOfYear(end)) return String(end.year);
  return isLastOfMonth(end) ? monthAndYear(end) : dayMonthAndYear(end);
}

function closedRange(start: CalendarDate, end: CalendarDate): string {
  if (isFirstOfYear(start) && isLastOfYear(end)) return wholeYears(start, end);
  if (isFirstOfMonth(start) && isLastOfMonth(end)) return wholeMonths(start, end);
  return days(start, end);
}

/** Null when the range names no date at all. */
export function formatDeadline({ start, end }: DeadlineRange): string | null {
  if (start === null) return end === null ? null : `t/m ${openStartedEnd(toCalendarDate(end))}`;
  if (end === null) return `vanaf ${openEndedStart(toCalendarDate(start))}`;
  return closedRange(toCalendarDate(start), toCalendarDate(end));
}
