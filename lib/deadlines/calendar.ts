/** Calendar arithmetic on year/month/day numbers and ISO dates (YYYY-MM-DD): no time zones. */

export type CalendarPeriod = { start: string; end: string };

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Null when the day does not exist in that month. */
export function isoDate(year: number, month: number, day: number): string | null {
  const exists = month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
  return exists ? `${year}-${pad(month)}-${pad(day)}` : null;
}

export function monthSpan(year: number, firstMonth: number, lastMonth: number): CalendarPeriod {
  return {
    start: `${year}-${pad(firstMonth)}-01`,
    end: `${year}-${pad(lastMonth)}-${pad(daysInMonth(year, lastMonth))}`,
  };
}

export function daySpan(start: string | null, end: string | null): CalendarPeriod | null {
  return start !== null && end !== null && start <= end ? { start, end } : null;
}

function shiftDays(iso: string, days: number): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

export function dayBefore(iso: string): string {
  return shiftDays(iso, -1);
}

export function dayAfter(iso: string): string {
  return shiftDays(iso, 1);
}

/** Prinsjesdag: the third Tuesday of September. */
export function prinsjesdag(year: number): string {
  const weekdayOfFirst = new Date(Date.UTC(year, 8, 1)).getUTCDay();
  const firstTuesday = 1 + ((2 - weekdayOfFirst + 7) % 7);
  return `${year}-09-${pad(firstTuesday + 14)}`;
}
