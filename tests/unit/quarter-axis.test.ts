import { describe, expect, it } from 'vitest';
import { quarterAxis } from '@/lib/plans/quarter-axis';

describe('quarterAxis', () => {
  it('spans from the first to the last quarter any range touches', () => {
    const axis = quarterAxis(
      [
        { start: '2019-10-01', end: '2019-12-31' },
        { start: '2020-03-01', end: '2020-05-31' },
      ],
      '2019-11-01',
    )!;
    expect(axis.quarters.map((q) => q.label)).toEqual(['K4 2019', 'K1 2020', 'K2 2020']);
  });

  it('places a bar by its dates, and draws an open start from the reference date', () => {
    const axis = quarterAxis([{ start: '2020-01-01', end: '2020-12-31' }], '2020-01-01')!;
    expect(axis.position({ start: '2020-01-01', end: '2020-06-30' })).toMatchObject({ leftPercent: 0, openStart: false });
    const half = axis.position({ start: '2020-01-01', end: '2020-06-30' })!;
    expect(half.widthPercent).toBeCloseTo(50, 0);
    expect(axis.position({ start: null, end: '2020-12-31' })).toMatchObject({ leftPercent: 0, openStart: true });
    expect(axis.position({ start: null, end: null })).toBeNull();
  });

  it('has no axis when no action has a date', () => {
    expect(quarterAxis([{ start: null, end: null }], '2020-01-01')).toBeNull();
  });
});
