import 'server-only';
import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { groupBy } from '@/lib/group-by';
import { currentUpdateSelect, deadlineOf, responsibleSelect } from '@/lib/actions/entry-select';
import type { ActionStatus } from '@/lib/actions/status';
import type { DeadlineRange } from '@/lib/deadlines/parse-planning';
import { PUBLISHED, publicRoundSelect, type PublicRound } from '@/lib/rounds/published-round';

export type ActionRow = {
  actionId: number;
  title: string;
  responsible: { abbreviation: string; name: string }[];
  status: ActionStatus;
  result: string;
  planning: string;
  deadline: DeadlineRange;
};

export type LineSection = {
  id: number;
  code: string;
  title: string;
  parentId: number | null;
  opgave: string;
  intro: string | null;
  actions: ActionRow[];
};

export type PlanOverview = {
  plan: { slug: string; title: string; summary: string };
  rounds: PublicRound[];
  round: PublicRound;
  /** Lines in plan order: those reported in this round, and the parents of reported sub-lines. */
  lines: LineSection[];
};

/**
 * A plan as one published round reports it: every reported action, per line, in the document's
 * order. `roundKey` picks the round; without it, the latest published one. Null when the plan or
 * round does not exist or is not public. A fixed number of queries, whatever the plan's size.
 */
export async function findPlanOverview(slug: string, roundKey?: string): Promise<PlanOverview | null> {
  const plan = await prisma.plan.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      rounds: { where: PUBLISHED, orderBy: { date: 'asc' }, select: publicRoundSelect },
    },
  });
  const round = roundKey ? plan?.rounds.find((r) => r.key === roundKey) : plan?.rounds.at(-1);
  if (!plan || !round) return null;

  const [lines, entries, intros] = await Promise.all([
    prisma.actionLine.findMany({
      where: { planId: plan.id },
      orderBy: { position: 'asc' },
      select: { id: true, code: true, title: true, parentId: true, opgave: true },
    }),
    prisma.actionEntry.findMany({
      where: { roundId: round.id, currentUpdateId: { not: null } },
      orderBy: { position: 'asc' },
      select: entryRowSelect,
    }),
    prisma.roundLineIntro.findMany({ where: { roundId: round.id }, select: { lineId: true, text: true } }),
  ]);

  const introByLine = new Map(intros.map((i) => [i.lineId, i.text]));
  const rowsByLine = groupBy(entries, (e) => e.lineId);
  const reported = new Set(rowsByLine.keys());
  const shown = lines.filter((l) => reported.has(l.id) || lines.some((c) => c.parentId === l.id && reported.has(c.id)));

  const { id: _planId, rounds, ...planFields } = plan;
  return {
    plan: planFields,
    rounds,
    round,
    lines: shown.map((line) => ({
      ...line,
      intro: introByLine.get(line.id) ?? null,
      actions: (rowsByLine.get(line.id) ?? []).map(toActionRow),
    })),
  };
}

const entryRowSelect = {
  lineId: true,
  currentUpdate: { select: currentUpdateSelect },
  action: { select: { id: true, responsibilities: responsibleSelect } },
} satisfies Prisma.ActionEntrySelect;

function toActionRow(entry: Prisma.ActionEntryGetPayload<{ select: typeof entryRowSelect }>): ActionRow {
  const update = entry.currentUpdate!;
  return {
    actionId: entry.action.id,
    title: update.title,
    responsible: entry.action.responsibilities.map((r) => r.organisation),
    status: update.status,
    result: update.result,
    planning: update.planning,
    deadline: deadlineOf(update),
  };
}
