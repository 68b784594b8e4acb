import 'server-only';
import { prisma } from '@/lib/db';
import { overdueReferenceDate } from '@/lib/actions/overdue';
import { groupBy } from '@/lib/group-by';
import { findPlanLines, findPublishedPlan, pickRound, roundContext } from '@/lib/plans/published-plan';
import { findRoundRows, type ActionRow } from '@/lib/plans/round-rows';
import { summarize, type StatusSummary } from '@/lib/plans/status-summary';
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
};

/**
 * A plan as one published round reports it: every reported action, per line, in the document's
 * order. `roundKey` picks the round; without it, the latest published one. Null when the plan or
 * round does not exist or is not public. A fixed number of queries, whatever the plan's size.
 */
export async function findPlanOverview(slug: string, roundKey?: string): Promise<PlanOverview | null> {
  const plan = await findPublishedPlan(slug);
  const picked = plan && pickRound(plan, roundKey);
  if (!plan || !picked) return null;
  const overdueOn = overdueReferenceDate(picked.round, picked.isLatest);

  const [lines, rows, intros] = await Promise.all([
    findPlanLines(plan.id),
    findRoundRows({ roundId: picked.round.id, overdueOn }),
    prisma.roundLineIntro.findMany({ where: { roundId: picked.round.id }, select: { lineId: true, text: true } }),
  ]);

  const introByLine = new Map(intros.map((i) => [i.lineId, i.text]));
  const rowsByLine = groupBy(rows, (row) => row.lineId);
  const reported = (lineId: number) => rowsByLine.has(lineId) || lines.some((c) => c.parentId === lineId && rowsByLine.has(c.id));

  return {
    ...roundContext(plan, picked, overdueOn),
    summary: summarize(rows),
    lines: lines.filter((line) => reported(line.id)).map((line) => {
      const actions = rowsByLine.get(line.id) ?? [];
      return { ...line, intro: introByLine.get(line.id) ?? null, actions, summary: summarize(actions) };
    }),
  };
}
