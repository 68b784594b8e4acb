import { describe, expect, it } from 'vitest';
import { buildSlipChart, hasPlannedEnds, MARKER_SHAPES, monthValue, slipInputFor } from '@/lib/plans/slip-chart';

const rounds = [
  { key: 'plan', label: 'Actieplan', date: '2017-06-01' },
  { key: 'voorjaar', label: 'Voorjaar 2019', date: '2019-04-01' },
  { key: 'najaar', label: 'Najaar 2019', date: '2019-11-01' },
];

describe('buildSlipChart', () => {
  const chart = buildSlipChart({
    rounds,
    series: [
      { key: '1', label: 'Schuift', ends: ['2018-12-31', '2019-12-31', '2020-06-30'] },
      { key: '2', label: 'Vast', ends: ['2018-12-31', '2018-12-31', null] },
    ],
  });
  const { plot } = chart;

  it('shares one scale in whole years on both axes, from the first date’s year to after the last', () => {
    expect(chart.xTicks.map((t) => t.label)).toEqual(['2017', '2018', '2019', '2020', '2021']);
    expect(chart.xTicks[0]!.at).toBe(plot.left);
    expect(chart.xTicks.at(-1)!.at).toBe(plot.right);
    expect(chart.yTicks[0]!.at).toBe(plot.bottom);
    expect(chart.yTicks.at(-1)!.at).toBe(plot.top);
  });

  it('draws the diagonal from corner to corner: planned end equals report date', () => {
    expect(chart.diagonal).toEqual({ x1: plot.left, y1: plot.bottom, x2: plot.right, y2: plot.top });
  });

  it('places each round’s planned end at (report date, end); a later end is higher', () => {
    const [shifting] = chart.lines;
    expect(shifting!.points.map((p) => p.round)).toEqual(['plan', 'voorjaar', 'najaar']);
    const ys = shifting!.points.map((p) => p.y);
    expect(ys[0]).toBeGreaterThan(ys[1]!);
    expect(ys[1]).toBeGreaterThan(ys[2]!);
    const xs = shifting!.points.map((p) => p.x);
    expect(xs[0]).toBeLessThan(xs[1]!);
    // An end before the report date lies below the diagonal (y grows downwards).
    const fixed = chart.lines[1]!.points[1]!; // planned end 2018-12-31, reported 2019-04-01
    const diagonalY = plot.bottom - ((fixed.x - plot.left) / (plot.right - plot.left)) * (plot.bottom - plot.top);
    expect(fixed.y).toBeGreaterThan(diagonalY);
  });

  it('breaks a line where a round names no end, and tells lines apart by number, marker and dash', () => {
    const fixed = chart.lines[1]!;
    expect(fixed.points).toHaveLength(2);
    expect(fixed.segments).toHaveLength(1);
    expect(chart.lines.map((l) => [l.number, l.marker, l.dash])).toEqual([
      ['1', 'circle', ''],
      ['2', 'square', ''],
    ]);
    const many = buildSlipChart({ rounds, series: Array.from({ length: 7 }, (_, i) => ({ key: String(i), label: `A${i}`, ends: ['2018-01-31', null, null] })) });
    expect(many.lines[6]!.marker).toBe(MARKER_SHAPES[0]);
    expect(many.lines[6]!.dash).not.toBe('');
  });

  it('pushes direct labels that would overlap apart', () => {
    const same = buildSlipChart({ rounds, series: [0, 1, 2].map((i) => ({ key: String(i), label: `A${i}`, ends: [null, null, '2020-06-30'] })) });
    const ys = same.lines.map((l) => l.labelAt!.y).sort((a, b) => a - b);
    expect(ys[1]! - ys[0]!).toBeGreaterThanOrEqual(14);
    expect(ys[2]! - ys[1]!).toBeGreaterThanOrEqual(14);
  });
});

describe('slipInputFor', () => {
  it('gives per action the end each round planned, null where it named none or did not report', () => {
    const ends = new Map([[5, new Map<number, string | null>([[1, '2018-12-31'], [2, null]])]]);
    const input = slipInputFor(
      [{ id: 1, key: 'a', title: 'A', date: '2017-06-01' }, { id: 2, key: 'b', title: 'B', date: '2019-04-01' }, { id: 3, key: 'c', title: 'C', date: '2019-11-01' }],
      [{ actionId: 5, title: 'Actie vijf' }, { actionId: 6, title: 'Actie zes' }],
      ends,
    );
    expect(input.series).toEqual([
      { key: '5', label: 'Actie vijf', ends: ['2018-12-31', null, null] },
      { key: '6', label: 'Actie zes', ends: [null, null, null] },
    ]);
    expect(hasPlannedEnds(input)).toBe(true);
    expect(hasPlannedEnds({ ...input, series: [input.series[1]!] })).toBe(false);
  });

  it('counts months with the day as a fraction', () => {
    expect(monthValue('2019-01-01')).toBe(2019 * 12);
    expect(monthValue('2019-03-01') - monthValue('2019-01-01')).toBe(2);
  });
});
