/**
 * The input deadline in Amsterdam time: wall-clock dates and times to instants across daylight
 * saving time, the days left counted in calendar days (midnight and the last day itself), and the
 * Dutch notice partners and the ministry read.
 */
import { describe, expect, it } from 'vitest';
import { addCalendarDays, amsterdamInstant, amsterdamIsoDate, amsterdamTime, calendarDaysBetween } from '@/lib/rounds/amsterdam-time';
import { deadlineNotice, deadlineStanding } from '@/lib/rounds/deadline-notice';
import { assertDeadlineAhead, deadlineFormValues, DEADLINE_NOT_AHEAD, inputDeadline } from '@/lib/rounds/input-deadline';
import { ValidationError } from '@/lib/errors';

const at = (iso: string) => new Date(iso);

describe('Amsterdam wall-clock time to an instant', () => {
  it('reads winter time as UTC+1 and summer time as UTC+2', () => {
    expect(amsterdamInstant('2026-12-11', '23:59').toISOString()).toBe('2026-12-11T22:59:00.000Z');
    expect(amsterdamInstant('2026-07-01', '12:00').toISOString()).toBe('2026-07-01T10:00:00.000Z');
  });

  it('switches on the last Sunday of March at 02:00 and of October at 03:00', () => {
    expect(amsterdamInstant('2026-03-29', '01:59').toISOString()).toBe('2026-03-29T00:59:00.000Z');
    expect(amsterdamInstant('2026-03-29', '03:00').toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(amsterdamInstant('2026-10-25', '03:00').toISOString()).toBe('2026-10-25T02:00:00.000Z');
    expect(amsterdamInstant('2026-10-25', '01:59').toISOString()).toBe('2026-10-24T23:59:00.000Z');
  });

  it('moves a time the clocks skip an hour on, and takes the first of a time that occurs twice', () => {
    expect(amsterdamInstant('2026-03-29', '02:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(amsterdamTime(amsterdamInstant('2026-03-29', '02:30'))).toBe('03:30');
    expect(amsterdamInstant('2026-10-25', '02:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('gives the Amsterdam date and time of an instant, whatever UTC says', () => {
    expect(amsterdamIsoDate(at('2026-12-11T23:30:00Z'))).toBe('2026-12-12');
    expect(amsterdamTime(at('2026-12-11T23:30:00Z'))).toBe('00:30');
    expect(amsterdamIsoDate(at('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
    expect(amsterdamIsoDate(at('2026-06-30T21:59:59Z'))).toBe('2026-06-30');
  });

  it('counts calendar days across a change of clocks as whole days', () => {
    expect(calendarDaysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(calendarDaysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(calendarDaysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(calendarDaysBetween('2026-12-02', '2026-12-01')).toBe(-1);
    expect(addCalendarDays('2026-10-25', 1)).toBe('2026-10-26');
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('the deadline as the ministry enters it', () => {
  it('is 23:59 of its day without a time, the time given otherwise', () => {
    expect(inputDeadline({ date: '2026-12-11', time: null, reminderDaysBefore: 5 })).toEqual({
      at: at('2026-12-11T22:59:00Z'),
      hasTime: false,
      reminderDaysBefore: 5,
    });
    expect(inputDeadline({ date: '2026-06-12', time: '09:30', reminderDaysBefore: 0 })).toEqual({
      at: at('2026-06-12T07:30:00Z'),
      hasTime: true,
      reminderDaysBefore: 0,
    });
  });

  it('shows again as it was entered', () => {
    expect(deadlineFormValues({ at: at('2026-12-11T22:59:00Z'), hasTime: false })).toEqual({ date: '2026-12-11', time: '' });
    expect(deadlineFormValues({ at: at('2026-06-12T07:30:00Z'), hasTime: true })).toEqual({ date: '2026-06-12', time: '09:30' });
  });

  it('must lie after today in Amsterdam', () => {
    const deadline = (date: string) => inputDeadline({ date, time: null, reminderDaysBefore: 5 });
    // 23:30 UTC on 1 December is already 2 December in Amsterdam.
    const now = at('2026-12-01T23:30:00Z');
    expect(() => assertDeadlineAhead(deadline('2026-12-03'), now)).not.toThrow();
    for (const date of ['2026-12-02', '2026-12-01', '2025-01-01']) {
      const error = (() => {
        try {
          assertDeadlineAhead(deadline(date), now);
        } catch (thrown) {
          return thrown;
        }
      })();
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fieldErrors).toEqual({ deadlineDate: [DEADLINE_NOT_AHEAD] });
    }
  });
});

describe('days left', () => {
  const deadline = at('2026-12-11T22:59:00Z'); // vrijdag 11 december 2026, 23:59

  it('counts calendar days in Amsterdam, changing at its midnight', () => {
    expect(deadlineStanding(deadline, at('2026-12-06T10:00:00Z'))).toEqual({ kind: 'ahead', daysLeft: 5 });
    // 22:59 UTC on the 9th is 23:59 in Amsterdam: still two days; a minute later it is the 10th.
    expect(deadlineStanding(deadline, at('2026-12-09T22:59:00Z'))).toEqual({ kind: 'ahead', daysLeft: 2 });
    expect(deadlineStanding(deadline, at('2026-12-09T23:00:00Z'))).toEqual({ kind: 'ahead', daysLeft: 1 });
  });

  it('is "today" on the deadline’s day until its moment, then passed', () => {
    expect(deadlineStanding(deadline, at('2026-12-10T23:00:00Z'))).toEqual({ kind: 'today' });
    expect(deadlineStanding(deadline, at('2026-12-11T22:58:59Z'))).toEqual({ kind: 'today' });
    expect(deadlineStanding(deadline, at('2026-12-11T22:59:00Z'))).toEqual({ kind: 'passed' });
    expect(deadlineStanding(deadline, at('2027-01-01T00:00:00Z'))).toEqual({ kind: 'passed' });
  });

  it('counts across the change to summer time in whole days', () => {
    const spring = amsterdamInstant('2026-03-30', '12:00');
    expect(deadlineStanding(spring, amsterdamInstant('2026-03-28', '23:30'))).toEqual({ kind: 'ahead', daysLeft: 2 });
    expect(deadlineStanding(spring, amsterdamInstant('2026-03-29', '00:00'))).toEqual({ kind: 'ahead', daysLeft: 1 });
    const autumn = amsterdamInstant('2026-10-26', '00:30');
    expect(deadlineStanding(autumn, amsterdamInstant('2026-10-25', '23:59'))).toEqual({ kind: 'ahead', daysLeft: 1 });
    expect(deadlineStanding(autumn, amsterdamInstant('2026-10-26', '00:00'))).toEqual({ kind: 'today' });
  });
});

describe('the notice', () => {
  const deadline = at('2026-12-11T22:59:00Z');

  it('names the day, the time and the days left', () => {
    expect(deadlineNotice(deadline, at('2026-12-06T10:00:00Z'), 'partner').text).toBe(
      'Inleveren vóór vrijdag 11 december 2026, 23:59 — nog 5 dagen',
    );
    expect(deadlineNotice(deadline, at('2026-12-10T10:00:00Z'), 'partner').text).toBe(
      'Inleveren vóór vrijdag 11 december 2026, 23:59 — nog 1 dag',
    );
    expect(deadlineNotice(deadline, at('2026-12-11T08:00:00Z'), 'ministry').text).toBe(
      'Inleveren vóór vrijdag 11 december 2026, 23:59 — vandaag',
    );
  });

  it('says after the deadline that the round stays open until the ministry closes it', () => {
    const later = at('2026-12-12T08:00:00Z');
    expect(deadlineNotice(deadline, later, 'partner').text).toBe(
      'De inlevertermijn is verstreken op vrijdag 11 december 2026, 23:59. Zolang de ronde open is, kunt u nog wijzigen; het ministerie beslist wanneer de ronde sluit.',
    );
    expect(deadlineNotice(deadline, later, 'ministry').text).toBe(
      'De inlevertermijn is verstreken op vrijdag 11 december 2026, 23:59. De ronde blijft open voor invoer tot u haar sluit.',
    );
  });

  it('shows a summer deadline in summer time', () => {
    expect(deadlineNotice(amsterdamInstant('2027-06-04', '12:00'), at('2027-06-01T08:00:00Z'), 'partner').text).toBe(
      'Inleveren vóór vrijdag 4 juni 2027, 12:00 — nog 3 dagen',
    );
  });
});
