import { describe, expect, it } from 'vitest';
import { findDeadlineShift } from '@/lib/deadlines/deadline-shift';

describe('findDeadlineShift', () => {
  it('counts the months an end moved later', () => {
    expect(findDeadlineShift({ end: '2018-12-31' }, { end: '2019-03-31' })).toEqual({
      previousEnd: '2018-12-31',
      newEnd: '2019-03-31',
      months: 3,
    });
    expect(findDeadlineShift({ end: '2017-06-30' }, { end: '2019-12-31' })?.months).toBe(30);
  });

  it('sees no shift within the same month: the texts are no more precise than that', () => {
    expect(findDeadlineShift({ end: '2018-12-31' }, { end: '2018-12-31' })).toBeNull();
    expect(findDeadlineShift({ end: '2018-03-15' }, { end: '2018-03-31' })).toBeNull();
  });

  it('sees no shift when the end came earlier or either side has no end', () => {
    expect(findDeadlineShift({ end: '2019-03-31' }, { end: '2018-12-31' })).toBeNull();
    expect(findDeadlineShift({ end: null }, { end: '2018-12-31' })).toBeNull();
    expect(findDeadlineShift({ end: '2018-12-31' }, { end: null })).toBeNull();
    expect(findDeadlineShift(null, { end: '2018-12-31' })).toBeNull();
  });
});
