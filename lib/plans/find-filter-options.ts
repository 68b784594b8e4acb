import 'server-only';
import { prisma } from '@/lib/db';
import { findPublishedLines } from '@/lib/plans/published-plan';

/**
 * The choices of a plan's filter form: the lines of the round shown, as it published them, and the
 * organisations a published round names as responsible for the plan's actions.
 */
export async function findFilterOptions(options: { slug: string; roundId: number }) {
  const [lines, organisations] = await Promise.all([
    findPublishedLines(options.roundId),
    prisma.organisation.findMany({
      where: { reportedFor: { some: { entry: { action: { plan: { slug: options.slug } } } } } },
      orderBy: { abbreviation: 'asc' },
      select: { abbreviation: true, name: true },
    }),
  ]);
  return { lines: lines.map(({ code, title, parentId }) => ({ code, title, parentId })), organisations };
}
