/**
 * Geometry of a milestone trend chart (*slip chart*): x = the report date of each published round,
 * y = the end of the termijn that round planned, one line per action, and the diagonal where the
 * planned end equals the report date (a point below it was overdue on that report's date). Both
 * axes share one scale in whole years, so the diagonal runs at 45°. Pure: the SVG component draws
 * what this returns.
 */

export type SlipRound = { key: string; label: string; date: string };
export type SlipSeries = { key: string; label: string; ends: (string | null)[] };
export type SlipInput = { rounds: SlipRound[]; series: SlipSeries[] };

export type SlipPoint = { x: number; y: number; round: string; end: string };
export type SlipLine = {
  key: string;
  /** "1", "2", …: the direct label beside the line's last point and in the key below the chart. */
  number: string;
  label: string;
  marker: MarkerShape;
  dash: string;
  points: SlipPoint[];
  /** Consecutive reported points joined; a round without an end breaks the line. */
  segments: SlipPoint[][];
  labelAt: { x: number; y: number } | null;
};
export type AxisTick = { at: number; label: string };
export type SlipChart = {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  xTicks: AxisTick[];
  yTicks: AxisTick[];
  diagonal: { x1: number; y1: number; x2: number; y2: number };
  lines: SlipLine[];
};

export const MARKER_SHAPES = ['circle', 'square', 'triangle', 'diamond', 'cross', 'star'] as const;
export type MarkerShape = (typeof MARKER_SHAPES)[number];
/** Dash patterns, cycled after the shapes: shape × dash tells 24 lines apart without colour. */
const DASHES = ['', '6 4', '2 3', '10 3 2 3'];

const WIDTH = 640;
const HEIGHT = 420;
const PLOT = { left: 56, top: 16, right: WIDTH - 48, bottom: HEIGHT - 40 };
/** Direct labels closer than this (in chart units) are pushed apart. */
const LABEL_GAP = 14;
/** Above this many years the ticks label every other year, so they stay readable. */
const MAX_YEAR_TICKS = 8;

/** Months since year 0, with the day as a fraction: plain arithmetic for a date axis. */
export function monthValue(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (match === null) throw new RangeError(`Expected an ISO date (YYYY-MM-DD), got "${iso}"`);
  return Number(match[1]) * 12 + Number(match[2]) - 1 + (Number(match[3]) - 1) / 31;
}

export function buildSlipChart({ rounds, series }: SlipInput): SlipChart {
  const dates = [...rounds.map((round) => round.date), ...series.flatMap((s) => s.ends.filter((end) => end !== null))];
  const years = dates.map((date) => Number(date.slice(0, 4)));
  const firstYear = Math.min(...years);
  const lastYear = Math.max(...years) + 1; // the axis ends on 1 January after the latest date
  const low = firstYear * 12;
  const high = lastYear * 12;
  const scaleX = (value: number) => PLOT.left + ((value - low) / (high - low)) * (PLOT.right - PLOT.left);
  const scaleY = (value: number) => PLOT.bottom - ((value - low) / (high - low)) * (PLOT.bottom - PLOT.top);

  const step = lastYear - firstYear > MAX_YEAR_TICKS ? 2 : 1;
  const tickYears = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i).filter((y) => (y - firstYear) % step === 0);
  const lines = series.map((s, index): SlipLine => {
    const points = s.ends.flatMap((end, i): SlipPoint[] => {
      const round = rounds[i];
      if (end === null || round === undefined) return [];
      return [{ x: scaleX(monthValue(round.date)), y: scaleY(monthValue(end)), round: round.key, end }];
    });
    const last = points.at(-1);
    return {
      key: s.key,
      number: String(index + 1),
      label: s.label,
      marker: MARKER_SHAPES[index % MARKER_SHAPES.length]!,
      dash: DASHES[Math.floor(index / MARKER_SHAPES.length) % DASHES.length]!,
      points,
      segments: segmentsOf(s.ends, rounds, scaleX, scaleY),
      labelAt: last ? { x: last.x + 10, y: last.y } : null,
    };
  });
  spreadLabels(lines);
  return {
    width: WIDTH,
    height: HEIGHT,
    plot: PLOT,
    xTicks: tickYears.map((year) => ({ at: scaleX(year * 12), label: String(year) })),
    yTicks: tickYears.map((year) => ({ at: scaleY(year * 12), label: String(year) })),
    diagonal: { x1: scaleX(low), y1: scaleY(low), x2: scaleX(high), y2: scaleY(high) },
    lines,
  };
}

function segmentsOf(
  ends: (string | null)[],
  rounds: SlipRound[],
  scaleX: (value: number) => number,
  scaleY: (value: number) => number,
): SlipPoint[][] {
  const segments: SlipPoint[][] = [[]];
  ends.forEach((end, i) => {
    const round = rounds[i];
    if (end === null || round === undefined) segments.push([]);
    else segments.at(-1)!.push({ x: scaleX(monthValue(round.date)), y: scaleY(monthValue(end)), round: round.key, end });
  });
  return segments.filter((segment) => segment.length > 1);
}

/** Pushes direct labels that would overlap apart vertically, keeping their order, within the plot. */
function spreadLabels(lines: SlipLine[]): void {
  const labelled = lines.filter((line) => line.labelAt !== null).sort((a, b) => a.labelAt!.y - b.labelAt!.y);
  for (let i = 1; i < labelled.length; i++) {
    const above = labelled[i - 1]!.labelAt!;
    const here = labelled[i]!.labelAt!;
    if (Math.abs(here.x - above.x) < 24 && here.y - above.y < LABEL_GAP) here.y = above.y + LABEL_GAP;
  }
}

/**
 * The chart's input for some actions over the given published rounds (oldest first): each
 * round's planned end, null where the round named none or did not report the action.
 */
export function slipInputFor(
  rounds: { id: number; key: string; title: string; date: string }[],
  actions: { actionId: number; title: string }[],
  ends: Map<number, Map<number, string | null>>,
): SlipInput {
  return {
    rounds: rounds.map((round) => ({ key: round.key, label: round.title, date: round.date })),
    series: actions.map((action) => ({
      key: String(action.actionId),
      label: action.title,
      ends: rounds.map((round) => ends.get(action.actionId)?.get(round.id) ?? null),
    })),
  };
}

/** True when there is at least one planned end to draw. */
export function hasPlannedEnds(input: SlipInput): boolean {
  return input.series.some((series) => series.ends.some((end) => end !== null));
}
