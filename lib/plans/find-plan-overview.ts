import 'server-only';
import { prisma } from '@/lib/db';
import { overdueReferenceDate } from '@/lib/actions/overdue';
import { groupBy } from '@/lib/group-by';
import { findPublishedLines, findPublishedPlan, pickRound, roundContext } from '@/lib/plans/published-plan';
import { findRoundRows, type ActionRow } from '@/lib/plans/round-rows';
import { countRoundStatuses } from '@/lib/plans/count-round-statuses';
import { emptySummary, sumSummaries, type StatusSummary } from '@/lib/plans/status-summary';
import type { PublicRound } from '@/lib/rounds/published-round';

export type { ActionRow } from '@/lib/plans/round-rows';

export type LineSection = {
  id: number;
  code: string;
  title: string;
  parentId: number | null;
  opgave: string;
  intro: string | null;
  actions: ActionRow[];
  summary: StatusSummary;
};

export type PlanOverview = {
  plan: { slug: string; title: string; summary: string };
  rounds: PublicRound[];
  round: PublicRound;
  previousRound: PublicRound | null;
  isLatest: boolean;
  /** ISO date that *over tijd* is measured against: the round's date, or today for the latest. */
  overdueOn: string;
  /** Lines in plan order: those reported in this round, and the parents of reported sub-lines. */
  lines: LineSection[];
  summary: StatusSummary;
  /** False when the round has more actions than `summariesOnlyAbove`: lines then carry counts only. */
  rowsLoaded: boolean;
};

/** Above this many actions a round's overview shows counts, and its tables move to a page per line. */
export const INLINE_ACTION_LIMIT = 150;

/**
 * A plan as one published round reports it: every reported action, per line, in the document's
 * order, and the counts per status. `roundKey` picks the round; without it, the latest published
 * one. With `summariesOnlyAbove`, a round with more actions loads only the counts (no page may grow
 * with the size of a plan). Null when the plan or round does not exist or is not public. A fixed
 * number of queries, whatever the plan's size.
 */
export async function findPlanOverview(
  slug: string,
  roundKey?: string,
  { summariesOnlyAbove = Infinity } = {},
): Promise<PlanOverview | null> {
  const plan = await findPublishedPlan(slug);
  const picked = plan && pickRound(plan, roundKey);
  if (!plan || !picked) return null;
  const overdueOn = overdueReferenceDate(picked.round, picked.isLatest);
  const roundId = picked.round.id;

  const [lines, summaries, intros] = await Promise.all([
    findPublishedLines(roundId),
    countRoundStatuses(roundId, overdueOn),
    prisma.roundLineIntro.findMany({ where: { roundId }, select: { lineId: true, text: true } }),
  ]);
  const summary = sumSummaries(summaries.values());
  const rowsLoaded = summary.total <= summariesOnlyAbove;
  const rowsByLine = groupBy(rowsLoaded ? await findRoundRows({ roundId, overdueOn, shiftsSince: picked.previous?.id ?? null }) : [], (row) => row.lineId);

  return {
    ...roundContext(plan, picked, overdueOn),
    summary,
    rowsLoaded,
    lines: toLineSections({ lines, summaries, intros, rowsByLine }),
  };
}

type LineText = Pick<LineSection, 'id' | 'code' | 'title' | 'parentId' | 'opgave'>;

/**
 * A round's lines with their introductions, rows and counts: those it reports on and the parents
 * of reported sub-lines, in the order given (also for a concept, lib/plans/find-concept-overview.ts).
 */
export function toLineSections(parts: {
  lines: LineText[];
  summaries: Map<number, StatusSummary>;
  intros: { lineId: number; text: string }[];
  rowsByLine: Map<number, ActionRow[]>;
}): LineSection[] {
  const { lines, summaries, rowsByLine } = parts;
  const introByLine = new Map(parts.intros.map((i) => [i.lineId, i.text]));
  const reported = (lineId: number) => summaries.has(lineId) || lines.some((c) => c.parentId === lineId && summaries.has(c.id));
  return lines.filter((line) => reported(line.id)).map((line) => ({
    ...line,
    intro: introByLine.get(line.id) ?? null,
    actions: rowsByLine.get(line.id) ?? [],
    summary: summaries.get(line.id) ?? emptySummary(),
  }));
}
