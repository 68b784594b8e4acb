import 'server-only';
import { prisma } from '@/lib/db';
import { PUBLISHED, publicRoundSelect } from '@/lib/rounds/published-round';

/**
 * Plans with at least one published round, each with its latest published round, and named by
 * that round's copy of the plan's title and summary (an edit stays private until it is published).
 */
export async function findPublishedPlans() {
  const plans = await prisma.plan.findMany({
    where: { rounds: { some: PUBLISHED } },
    select: {
      slug: true,
      rounds: {
        where: PUBLISHED,
        orderBy: { date: 'desc' },
        select: { ...publicRoundSelect, planText: { select: { title: true, summary: true } } },
      },
      _count: { select: { actions: { where: { entries: { some: { round: PUBLISHED } } } } } },
    },
  });
  return plans
    .map(({ slug, rounds, _count }) => {
      const { planText, ...latestRound } = rounds[0]!;
      return { slug, ...planText!, actionCount: _count.actions, roundCount: rounds.length, latestRound };
    })
    .sort((a, b) => a.title.localeCompare(b.title, 'nl'));
}
