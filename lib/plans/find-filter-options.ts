import 'server-only';
import { prisma } from '@/lib/db';

/** The choices of a plan's filter form: its lines and the organisations responsible for its actions. */
export async function findFilterOptions(slug: string) {
  const [lines, organisations] = await Promise.all([
    prisma.actionLine.findMany({
      where: { plan: { slug } },
      orderBy: { position: 'asc' },
      select: { code: true, title: true, parentId: true },
    }),
    prisma.organisation.findMany({
      where: { reportedFor: { some: { entry: { action: { plan: { slug } } } } } },
      orderBy: { abbreviation: 'asc' },
      select: { abbreviation: true, name: true },
    }),
  ]);
  return { lines, organisations };
}
