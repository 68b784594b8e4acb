import { formatDutchMonth, isoDateToDate } from '@/lib/dates';
import type { DeadlineShift } from '@/lib/deadlines/deadline-shift';

/** "+3 maanden", "+1 maand". */
export function shiftMonths(shift: Pick<DeadlineShift, 'months'>): string {
  return `+${shift.months} ${shift.months === 1 ? 'maand' : 'maanden'}`;
}

/**
 * "from which period to which": the planning texts when both are known and say something
 * ("eind 2018 → Q1 2019"), the months the two ends fall in otherwise ("december 2018 → maart 2019").
 */
export function shiftPeriods(shift: DeadlineShift, texts?: { previous: string; current: string }): string {
  const previous = texts?.previous.trim();
  const current = texts?.current.trim();
  if (previous && current && previous !== current) return `${previous} → ${current}`;
  return `${formatDutchMonth(isoDateToDate(shift.previousEnd))} → ${formatDutchMonth(isoDateToDate(shift.newEnd))}`;
}
