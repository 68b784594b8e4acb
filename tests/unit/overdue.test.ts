import { describe, expect, it } from 'vitest';
import { dutchCalendarDate, isOverdue, overdueReferenceDate } from '@/lib/actions/overdue';
import { ACTION_STATUSES, type ActionStatus } from '@/lib/actions/status';
import { isoDateToDate } from '@/lib/dates';

const ended = (end: string | null, status: ActionStatus = 'IN_PROGRESS') => ({ status, deadline: { start: null, end } });

describe('isOverdue', () => {
  it('is over tijd when the deadline ended before the date', () => {
    expect(isOverdue(ended('2019-10-31'), '2019-11-01')).toBe(true);
  });

  it('is not over tijd on the last day of the deadline itself, nor before it', () => {
    expect(isOverdue(ended('2019-11-01'), '2019-11-01')).toBe(false);
    expect(isOverdue(ended('2020-01-01'), '2019-11-01')).toBe(false);
  });

  it('never counts a deadline without an end ("Doorlopend", "vanaf 2020")', () => {
    expect(isOverdue(ended(null), '2030-01-01')).toBe(false);
  });

  it.each(ACTION_STATUSES.map((status) => [status, status !== 'COMPLETED' && status !== 'STOPPED'] as const))(
    'status %s past its deadline → %s',
    (status, expected) => {
      expect(isOverdue(ended('2018-12-31', status), '2019-02-01')).toBe(expected);
    },
  );
});

describe('overdueReferenceDate', () => {
  const round = { date: isoDateToDate('2019-02-01') };
  const now = new Date('2026-03-15T12:00:00Z');

  it('judges an earlier round on its own date', () => {
    expect(overdueReferenceDate(round, false, now)).toBe('2019-02-01');
  });

  it('judges the latest published round on today', () => {
    expect(overdueReferenceDate(round, true, now)).toBe('2026-03-15');
  });

  it('takes today in Dutch time: 23:30 UTC on 31 December is already New Year in Amsterdam', () => {
    expect(dutchCalendarDate(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
    expect(dutchCalendarDate(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(dutchCalendarDate(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });
});
