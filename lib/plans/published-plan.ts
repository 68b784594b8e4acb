import 'server-only';
import { prisma } from '@/lib/db';
import { PUBLISHED, publicRoundSelect, type PublicRound } from '@/lib/rounds/published-round';

/** A plan's title and summary as one published round has them. */
export type PlanText = { title: string; summary: string };

export type PublishedPlan = {
  id: number;
  slug: string;
  /** Published rounds, oldest first. */
  rounds: PublicRound[];
  /** Per published round (by id), the plan's title and summary as that round published them. */
  texts: Map<number, PlanText>;
};

/** A plan with its published rounds; null when it does not exist or has none. Two queries. */
export async function findPublishedPlan(slug: string): Promise<PublishedPlan | null> {
  const plan = await prisma.plan.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      rounds: {
        where: PUBLISHED,
        orderBy: { date: 'asc' },
        select: { ...publicRoundSelect, planText: { select: { title: true, summary: true } } },
      },
    },
  });
  if (!plan || plan.rounds.length === 0) return null;
  return {
    id: plan.id,
    slug: plan.slug,
    rounds: plan.rounds.map(({ planText: _planText, ...round }) => round),
    texts: new Map(plan.rounds.map((round) => [round.id, round.planText!])),
  };
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

/** The plan as the page about `round` names it: its slug, and its title and summary as that round published them. */
export function planAsPublishedIn(plan: PublishedPlan, round: PublicRound): { slug: string } & PlanText {
  const { title, summary } = plan.texts.get(round.id)!;
  return { slug: plan.slug, title, summary };
}

/**
 * The lines of a published round as it published them (code, title, *opgave*, parent), in its
 * order: the lines it reports on and the lines above them. Lines made since stay out.
 */
export async function findPublishedLines(roundId: number) {
  const lines = await prisma.roundLine.findMany({
    where: { roundId },
    orderBy: [{ position: 'asc' }, { lineId: 'asc' }],
    select: { lineId: true, code: true, title: true, parentId: true, opgave: true },
  });
  return lines.map(({ lineId, ...line }) => ({ id: lineId, ...line }));
}

/** The part every view of one round starts with: the plan, its rounds and which one is shown. */
export function roundContext(plan: PublishedPlan, picked: NonNullable<ReturnType<typeof pickRound>>, overdueOn: string) {
  return {
    plan: planAsPublishedIn(plan, picked.round),
    rounds: plan.rounds,
    round: picked.round,
    previousRound: picked.previous,
    isLatest: picked.isLatest,
    overdueOn,
  };
}
