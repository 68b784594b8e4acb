import 'server-only';
import { prisma } from '@/lib/db';
import { PUBLISHED, publicRoundSelect, type PublicRound } from '@/lib/rounds/published-round';

export type PublishedPlan = {
  id: number;
  slug: string;
  title: string;
  summary: string;
  /** Published rounds, oldest first. */
  rounds: PublicRound[];
};

/** A plan with its published rounds; null when it does not exist or has none. One query. */
export async function findPublishedPlan(slug: string): Promise<PublishedPlan | null> {
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
  return plan && plan.rounds.length > 0 ? plan : null;
}

/** The round with this key, or the latest one; and the published round before it, if any. */
export function pickRound(plan: PublishedPlan, roundKey?: string) {
  const index = roundKey === undefined ? plan.rounds.length - 1 : plan.rounds.findIndex((r) => r.key === roundKey);
  if (index < 0) return null;
  return {
    round: plan.rounds[index]!,
    previous: index > 0 ? plan.rounds[index - 1]! : null,
    isLatest: index === plan.rounds.length - 1,
  };
}

/** A plan's lines in plan order, sub-lines included. */
export function findPlanLines(planId: number) {
  return prisma.actionLine.findMany({
    where: { planId },
    orderBy: { position: 'asc' },
    select: { id: true, code: true, title: true, parentId: true, opgave: true },
  });
}

/** The part every view of one round starts with: the plan, its rounds and which one is shown. */
export function roundContext(plan: PublishedPlan, picked: NonNullable<ReturnType<typeof pickRound>>, overdueOn: string) {
  return {
    plan: { slug: plan.slug, title: plan.title, summary: plan.summary },
    rounds: plan.rounds,
    round: picked.round,
    previousRound: picked.previous,
    isLatest: picked.isLatest,
    overdueOn,
  };
}
