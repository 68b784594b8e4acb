import { describe, expect, it } from 'vitest';
import { countStatuses, emptyStatusCounts, totalOf } from '@/lib/actions/status-counts';

describe('status counts', () => {
  it('counts every status, zero for those that do not occur', () => {
    const counts = countStatuses([{ status: 'COMPLETED' }, { status: 'IN_PROGRESS' }, { status: 'COMPLETED' }]);
    expect(counts).toEqual({ NOT_STARTED: 0, IN_PROGRESS: 1, DELAYED: 0, COMPLETED: 2, STOPPED: 0 });
    expect(totalOf(counts)).toBe(3);
  });

  it('starts from zero for every status', () => {
    expect(totalOf(emptyStatusCounts())).toBe(0);
    expect(Object.keys(emptyStatusCounts())).toHaveLength(5);
  });
});
