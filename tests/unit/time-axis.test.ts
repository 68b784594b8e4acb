import { describe, expect, it } from 'vitest';
import type { DeadlineRange } from '@/lib/deadlines/parse-planning';
import { timeAxis } from '@/lib/plans/time-axis';
import { SEED_DOCUMENTS } from './fixtures/seed-planning-texts';

describe('timeAxis', () => {
  it('spans from the first to the last quarter any range touches', () => {
    const axis = timeAxis(
      [
        { start: '2019-10-01', end: '2019-12-31' },
        { start: '2020-03-01', end: '2020-05-31' },
      ],
      '2019-11-01',
    )!;
    expect(axis.columns.map((q) => q.label)).toEqual(['K4 2019', 'K1 2020', 'K2 2020']);
  });

  it('places a bar by its dates, and draws an open start from the reference date', () => {
    const axis = timeAxis([{ start: '2020-01-01', end: '2020-12-31' }], '2020-01-01')!;
    expect(axis.position({ start: '2020-01-01', end: '2020-06-30' })).toMatchObject({ leftPercent: 0, openStart: false });
    const half = axis.position({ start: '2020-01-01', end: '2020-06-30' })!;
    expect(half.widthPercent).toBeCloseTo(50, 0);
    expect(axis.position({ start: null, end: '2020-12-31' })).toMatchObject({ leftPercent: 0, openStart: true });
    expect(axis.position({ start: null, end: null })).toBeNull();
  });

  it('has no axis when no action has a date', () => {
    expect(timeAxis([{ start: null, end: null }], '2020-01-01')).toBeNull();
  });
});

/** Every bar lies within the axis (0–100 %) and starts no later than it ends. */
function expectEveryBarOnTheAxis(axis: NonNullable<ReturnType<typeof timeAxis>>, ranges: DeadlineRange[]) {
  for (const range of ranges) {
    const bar = axis.position(range);
    if (range.start === null && range.end === null) continue;
    expect(bar, JSON.stringify(range)).not.toBeNull();
    expect(bar!.leftPercent, JSON.stringify(range)).toBeGreaterThanOrEqual(0);
    expect(bar!.widthPercent, JSON.stringify(range)).toBeGreaterThan(0);
    expect(bar!.leftPercent + bar!.widthPercent, JSON.stringify(range)).toBeLessThanOrEqual(100 + 1e-9);
  }
}

describe('timeAxis of a long plan', () => {
  const longPlan: DeadlineRange[] = [
    { start: '2017-01-01', end: '2018-12-31' },
    { start: null, end: '2019-08-31' },
    { start: '2027-03-01', end: '2027-05-31' },
    { start: '2030-12-31', end: '2030-12-31' },
    { start: '2024-10-01', end: null },
  ];

  it('covers 2017–2030 in years, so the actions planned late are on it too', () => {
    const axis = timeAxis(longPlan, '2019-11-01')!;
    expectEveryBarOnTheAxis(axis, longPlan);
    expect(axis.columns.map((c) => c.label)).toEqual(Array.from({ length: 14 }, (_, i) => String(2017 + i)));
    expect(axis.unit).toBe('jaar');
    expect(axis.period).toBe('K1 2017 t/m K4 2030');
    const spring2027 = axis.position({ start: '2027-03-01', end: '2027-05-31' })!;
    expect(spring2027.leftPercent).toBeCloseTo(((10 + 2 / 12) / 14) * 100, 1);
    expect(axis.position({ start: '2030-12-31', end: '2030-12-31' })!.leftPercent).toBeLessThan(100);
  });

  it('groups years when even years would not fit, and still covers every range', () => {
    const ranges: DeadlineRange[] = [...longPlan, { start: '2061-01-01', end: '2061-12-31' }];
    const axis = timeAxis(ranges, '2019-11-01')!;
    expectEveryBarOnTheAxis(axis, ranges);
    expect(axis.columns.length).toBeLessThanOrEqual(16);
    expect(axis.unit).toBe('5 jaar');
    expect(axis.columns[0]!.label).toBe('2015');
  });

  it('keeps a bar that ended before the round’s date on the axis, at its end', () => {
    const axis = timeAxis([{ start: null, end: '2018-12-31' }, { start: '2020-01-01', end: '2020-12-31' }], '2020-06-01')!;
    expect(axis.position({ start: null, end: '2018-12-31' })!.leftPercent).toBeLessThan(12);
    expectEveryBarOnTheAxis(axis, [{ start: null, end: '2018-12-31' }]);
    expect(axis.columns[0]!.label).toBe('K4 2018');
  });

  it('places every planning text of the seed documents on its round’s axis', () => {
    for (const document of SEED_DOCUMENTS) {
      const ranges = document.cases.map(({ start, end }) => ({ start, end }));
      const axis = timeAxis(ranges, document.referenceDate)!;
      expectEveryBarOnTheAxis(axis, ranges);
    }
  });
});
