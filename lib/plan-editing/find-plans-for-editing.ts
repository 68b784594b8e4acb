import 'server-only';
import { prisma } from '@/lib/db';
import { assertCan } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { dateToIsoDate } from '@/lib/dates';

/** Every plan with all its rounds, newest first, and how far the review of unpublished rounds is. */
export async function findPlansForEditing(options: { user: Actor }) {
  assertCan(options.user, 'review.view', null);
  const plans = await prisma.plan.findMany({
    orderBy: { title: 'asc' },
    select: {
      id: true,
      slug: true,
      title: true,
      _count: { select: { actions: { where: { discontinuedAt: null } } } },
      rounds: {
        orderBy: [{ date: 'desc' }, { id: 'desc' }],
        select: { id: true, key: true, title: true, date: true, state: true, isBaseline: true, _count: { select: { entries: true } } },
      },
    },
  });
  const unpublished = plans.flatMap((p) => p.rounds.filter((r) => r.state !== 'PUBLISHED').map((r) => r.id));
  const reviewCounts = await prisma.actionEntry.groupBy({
    by: ['roundId', 'reviewState'],
    where: { roundId: { in: unpublished } },
    _count: { _all: true },
  });
  return plans.map(({ _count, rounds, ...plan }) => ({
    ...plan,
    actionCount: _count.actions,
    rounds: rounds.map(({ _count: roundCount, date, ...round }) => {
      const counts = reviewCounts.filter((c) => c.roundId === round.id);
      const count = (state: string) => counts.find((c) => c.reviewState === state)?._count._all ?? 0;
      return {
        ...round,
        date: dateToIsoDate(date),
        entryCount: roundCount.entries,
        readyCount: count('READY_FOR_REVIEW'),
        approvedCount: count('APPROVED'),
      };
    }),
  }));
}
