import type { DeadlineRange } from '@/lib/deadlines/parse-planning';

export type Quarter = { year: number; quarter: number; label: string };
export type BarPosition = { leftPercent: number; widthPercent: number; openStart: boolean };

/** Quarters are counted as year * 4 + (quarter - 1), so that the axis is plain arithmetic. */
const quarterIndex = (iso: string) => Number(iso.slice(0, 4)) * 4 + Math.floor((Number(iso.slice(5, 7)) - 1) / 3);
const fromIndex = (index: number): Quarter => {
  const year = Math.floor(index / 4);
  const quarter = (index % 4) + 1;
  return { year, quarter, label: `K${quarter} ${year}` };
};

/**
 * A time axis in quarters that covers every deadline range. A range without a start ("t/m 2021")
 * is drawn from `openStart` (the round's date), marked as open.
 */
export function quarterAxis(ranges: DeadlineRange[], openStart: string, maxQuarters = 28) {
  const dated = ranges.filter((r) => r.start !== null || r.end !== null);
  const points = dated.flatMap((r) => [r.start ?? openStart, r.end ?? r.start]).filter((d): d is string => d !== null);
  if (points.length === 0) return null;
  const first = Math.min(...points.map(quarterIndex));
  const last = Math.min(Math.max(...points.map(quarterIndex)), first + maxQuarters - 1);
  const count = last - first + 1;
  const quarters = Array.from({ length: count }, (_, i) => fromIndex(first + i));

  function position(range: DeadlineRange): BarPosition | null {
    const start = range.start ?? (range.end ? openStart : null);
    const end = range.end ?? range.start;
    if (!start || !end) return null;
    const from = clamp(quarterIndex(start) - first + fractionOfQuarter(start), 0, count);
    const to = clamp(quarterIndex(end) - first + fractionOfQuarter(end, true), from, count);
    return { leftPercent: (from / count) * 100, widthPercent: Math.max(((to - from) / count) * 100, 1), openStart: !range.start };
  }
  return { quarters, position };
}

/** Where in its quarter a date falls, 0..1; an end date counts through the end of its day. */
function fractionOfQuarter(iso: string, inclusive = false): number {
  const month = (Number(iso.slice(5, 7)) - 1) % 3;
  const day = Number(iso.slice(8, 10)) - (inclusive ? 0 : 1);
  return (month + day / 31) / 3;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
