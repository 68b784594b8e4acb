/**
 * A round's input deadline: the date (and optionally the time) by which partners deliver their
 * updates, as the ministry enters it, and the rule it must meet when it is set. Pure.
 */
import { ValidationError } from '@/lib/errors';
import { amsterdamInstant, amsterdamIsoDate, amsterdamTime } from '@/lib/rounds/amsterdam-time';

/** Without a time, a deadline is the end of its day: 23:59 in Amsterdam. */
export const END_OF_DAY = '23:59';

export const DEFAULT_REMINDER_DAYS = 5;

/** The deadline as a use case stores it. */
export type InputDeadline = { at: Date; hasTime: boolean; reminderDaysBefore: number };

/** The deadline of a date ("2026-12-11") and an optional time ("14:00") in Amsterdam. */
export function inputDeadline(input: { date: string; time: string | null; reminderDaysBefore: number }): InputDeadline {
  return {
    at: amsterdamInstant(input.date, input.time ?? END_OF_DAY),
    hasTime: input.time !== null,
    reminderDaysBefore: input.reminderDaysBefore,
  };
}

/** A stored deadline as the form shows it again: its date, and its time when one was given. */
export function deadlineFormValues(deadline: { at: Date; hasTime: boolean }): { date: string; time: string } {
  return { date: amsterdamIsoDate(deadline.at), time: deadline.hasTime ? amsterdamTime(deadline.at) : '' };
}

/** The columns of `reporting_rounds` that hold it. */
export function inputDeadlineColumns(deadline: InputDeadline) {
  return {
    inputDeadline: deadline.at,
    inputDeadlineHasTime: deadline.hasTime,
    reminderDaysBefore: deadline.reminderDaysBefore,
  };
}

export const DEADLINE_NOT_AHEAD = 'Kies een inleverdatum na vandaag.';

/** Refuses a deadline that does not lie after today (in Amsterdam), as a field error of the form. */
export function assertDeadlineAhead(deadline: InputDeadline, now: Date = new Date()): void {
  if (amsterdamIsoDate(deadline.at) <= amsterdamIsoDate(now)) {
    throw new ValidationError(DEADLINE_NOT_AHEAD, { deadlineDate: [DEADLINE_NOT_AHEAD] });
  }
}
