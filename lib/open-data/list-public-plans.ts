import 'server-only';
import { prisma } from '@/lib/db';
import { dateToIsoDate } from '@/lib/dates';
import { PUBLISHED } from '@/lib/rounds/published-round';

/**
 * The open-data list of GET /api/public/plans: plans with a published round, titled and summarised
 * as their latest published round has it, with their published rounds. The shape is a public
 * contract: change it only additively.
 */
export async function listPublicPlans() {
  const plans = await prisma.plan.findMany({
    where: { rounds: { some: PUBLISHED } },
    select: {
      slug: true,
      rounds: {
        where: PUBLISHED,
        orderBy: { date: 'asc' },
        select: { key: true, title: true, date: true, planText: { select: { title: true, summary: true } } },
      },
    },
  });
  return plans
    .map((plan) => ({
      slug: plan.slug,
      ...plan.rounds.at(-1)!.planText!,
      url: `/api/public/plans/${plan.slug}`,
      rounds: plan.rounds.map(({ planText: _planText, ...round }) => ({ ...round, date: dateToIsoDate(round.date) })),
    }))
    .sort((a, b) => a.title.localeCompare(b.title, 'nl'));
}
