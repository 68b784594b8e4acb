import 'server-only';
import { overdueReferenceDate } from '@/lib/actions/overdue';
import { groupBy } from '@/lib/group-by';
import { compareRows, countChanges, type ActionChange, type ChangeKind } from '@/lib/plans/compare-rows';
import { findPublishedLines, findPublishedPlan, pickRound, planAsPublishedIn } from '@/lib/plans/published-plan';
import { findRoundRows } from '@/lib/plans/round-rows';
import type { PublicRound } from '@/lib/rounds/published-round';

export type RoundChanges = {
  plan: { slug: string; title: string };
  rounds: PublicRound[];
  round: PublicRound;
  previousRound: PublicRound | null;
  counts: Record<ChangeKind, number>;
  /** Actions whose termijn ends later than in the previous round (lib/deadlines/deadline-shift.ts). */
  shiftCount: number;
  /** True when only the actions with a shifted termijn are listed. */
  onlyShifted: boolean;
  lines: { id: number; code: string; title: string; parentId: number | null; changes: ActionChange[] }[];
};

/**
 * What changed in a published round relative to the previous published round, per line (the line
 * an action is reported under now, or was under before it stopped being reported), each line as
 * the round that reports under it published it. `onlyShifted` lists only the actions whose termijn
 * shifted; the counts are always the whole round's. A fixed number of queries.
 */
export async function findRoundChanges(slug: string, roundKey?: string, { onlyShifted = false } = {}): Promise<RoundChanges | null> {
  const plan = await findPublishedPlan(slug);
  const picked = plan && pickRound(plan, roundKey);
  if (!plan || !picked) return null;
  const { round, previous, isLatest } = picked;

  const [currentLines, previousLines, currentRows, previousRows] = await Promise.all([
    findPublishedLines(round.id),
    previous ? findPublishedLines(previous.id) : [],
    findRoundRows({ roundId: round.id, overdueOn: overdueReferenceDate(round, isLatest), shiftsSince: previous?.id ?? null }),
    previous ? findRoundRows({ roundId: previous.id, overdueOn: overdueReferenceDate(previous, false), shiftsSince: null }) : [],
  ]);

  const changes = previous ? compareRows(previousRows, currentRows) : [];
  const shifted = changes.filter((change) => change.kind !== 'REMOVED' && change.row.shift !== null);
  const byLine = groupBy(onlyShifted ? shifted : changes, (change) => change.row.lineId);
  // Lines holding only actions no longer reported exist in the previous round's copy alone.
  const lines = [...currentLines, ...previousLines.filter((line) => !currentLines.some((c) => c.id === line.id))];
  const { summary: _summary, ...planName } = planAsPublishedIn(plan, round);
  return {
    plan: planName,
    rounds: plan.rounds,
    round,
    previousRound: previous,
    counts: countChanges(changes),
    shiftCount: shifted.length,
    onlyShifted,
    lines: currentLinesFirst(
      lines.filter((line) => byLine.has(line.id)).map(({ opgave: _opgave, ...line }) => ({ ...line, changes: byLine.get(line.id)! })),
    ),
  };
}

/** Lines the round still reports on come first; lines holding only dropped actions after them. */
function currentLinesFirst<L extends { changes: ActionChange[] }>(lines: L[]): L[] {
  const onlyRemoved = (line: L) => line.changes.every((change) => change.kind === 'REMOVED');
  return [...lines.filter((line) => !onlyRemoved(line)), ...lines.filter(onlyRemoved)];
}
