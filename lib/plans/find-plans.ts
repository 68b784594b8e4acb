import 'server-only';
import { prisma } from '@/lib/db';
import { PUBLISHED, publicRoundSelect } from '@/lib/rounds/published-round';

/** Plans with at least one published round, each with its latest published round. */
export async function findPublishedPlans() {
  const plans = await prisma.plan.findMany({
    where: { rounds: { some: PUBLISHED } },
    orderBy: { title: 'asc' },
    select: {
      slug: true,
      title: true,
      summary: true,
      rounds: { where: PUBLISHED, orderBy: { date: 'desc' }, select: publicRoundSelect },
      _count: { select: { actions: true } },
    },
  });
  return plans.map(({ rounds, _count, ...plan }) => ({
    ...plan,
    actionCount: _count.actions,
    roundCount: rounds.length,
    latestRound: rounds[0]!,
  }));
}
