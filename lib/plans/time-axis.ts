import type { DeadlineRange } from '@/lib/deadlines/parse-planning';

export type AxisColumn = { label: string };
export type BarPosition = { leftPercent: number; widthPercent: number; openStart: boolean };

/** Column widths in quarters, finest first: a quarter, a year, two years, five years, ten, twenty-five. */
const STEPS = [
  { quarters: 1, unit: 'kwartaal' },
  { quarters: 4, unit: 'jaar' },
  { quarters: 8, unit: '2 jaar' },
  { quarters: 20, unit: '5 jaar' },
  { quarters: 40, unit: '10 jaar' },
  { quarters: 100, unit: '25 jaar' },
] as const;
/** Beyond this many columns the axis takes the next coarser step: 16 columns still fit a desktop page. */
const MAX_COLUMNS = 16;
/** The narrowest bar drawn, so that a single day stays visible. */
const MIN_BAR_PERCENT = 1;

/** A date's quarter, counted as year * 4 + (quarter - 1), so that the axis is plain arithmetic. */
const quarterIndex = (iso: string) => Number(iso.slice(0, 4)) * 4 + Math.floor((Number(iso.slice(5, 7)) - 1) / 3);
const quarterLabel = (index: number) => `K${(index % 4) + 1} ${Math.floor(index / 4)}`;

/** Where in its quarter a date falls, 0..1; an end date counts through the end of its day. */
function fractionOfQuarter(iso: string, inclusive = false): number {
  const month = (Number(iso.slice(5, 7)) - 1) % 3;
  const day = Number(iso.slice(8, 10)) - (inclusive ? 0 : 1);
  return (month + day / 31) / 3;
}

/**
 * The stretch of time a bar covers, in quarters. A range without a start ("t/m 2021") runs from
 * `openStart` (the round's date), or is a point at its end when that end lies before the round's
 * date; a range without an end ("vanaf 2020") is a point at its start.
 */
function spanOf(range: DeadlineRange, openStart: string) {
  const end = range.end ?? range.start;
  if (end === null) return null;
  const start = range.start ?? (openStart < end ? openStart : end);
  return {
    from: quarterIndex(start) + fractionOfQuarter(start),
    to: quarterIndex(end) + fractionOfQuarter(end, true),
    openStart: range.start === null,
  };
}

/**
 * A time axis that covers every deadline range, whatever its length: in quarters while they fit in
 * MAX_COLUMNS columns, otherwise in years or groups of years. No bar ever falls outside it.
 */
export function timeAxis(ranges: DeadlineRange[], openStart: string) {
  const spans = ranges.map((range) => spanOf(range, openStart)).filter((span) => span !== null);
  if (spans.length === 0) return null;
  const firstQuarter = Math.floor(Math.min(...spans.map((s) => s.from)));
  const lastQuarter = Math.ceil(Math.max(...spans.map((s) => s.to))) - 1;
  const step =
    STEPS.find((s) => Math.floor(lastQuarter / s.quarters) - Math.floor(firstQuarter / s.quarters) < MAX_COLUMNS) ?? STEPS.at(-1)!;
  const first = Math.floor(firstQuarter / step.quarters) * step.quarters;
  const count = Math.floor(lastQuarter / step.quarters) - first / step.quarters + 1;
  const total = count * step.quarters;
  const columns: AxisColumn[] = Array.from({ length: count }, (_, i) => {
    const index = first + i * step.quarters;
    return { label: step.quarters === 1 ? quarterLabel(index) : String(index / 4) };
  });

  function position(range: DeadlineRange): BarPosition | null {
    const span = spanOf(range, openStart);
    if (!span) return null;
    const widthPercent = Math.max(((span.to - span.from) / total) * 100, MIN_BAR_PERCENT);
    const leftPercent = Math.min(((span.from - first) / total) * 100, 100 - widthPercent);
    return { leftPercent, widthPercent, openStart: span.openStart };
  }

  return {
    columns,
    unit: step.unit,
    /** The axis's first and last quarter in words, e.g. "K1 2017 t/m K4 2030". */
    period: `${quarterLabel(first)} t/m ${quarterLabel(first + total - 1)}`,
    position,
  };
}
