import 'server-only';
import { prisma } from '@/lib/db';
import { assertCan } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { dateToIsoDate } from '@/lib/dates';
import { groupBy } from '@/lib/group-by';

/**
 * A plan as the ministry manages it: its lines in order (sub-lines under their parent), the actions
 * of each line in order (discontinued ones included, marked, with their reason), whether each line is
 * archived, its rounds, and every organisation to choose from. Null for an unknown plan.
 */
export async function findPlanStructure(options: { user: Actor; planId: number }) {
  assertCan(options.user, 'plan.edit', null);
  const plan = await prisma.plan.findUnique({
    where: { id: options.planId },
    select: { id: true, slug: true, title: true, summary: true },
  });
  if (!plan) return null;
  const [lines, actions, rounds, organisations] = await Promise.all([
    prisma.actionLine.findMany({
      where: { planId: plan.id },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
      select: { id: true, code: true, title: true, opgave: true, parentId: true, archivedAt: true },
    }),
    prisma.action.findMany({
      where: { planId: plan.id },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
      select: {
        id: true,
        title: true,
        description: true,
        lineId: true,
        discontinuedAt: true,
        discontinuedReason: true,
        responsibilities: { orderBy: { position: 'asc' }, select: { organisation: { select: { id: true, abbreviation: true } } } },
        _count: { select: { entries: true } },
      },
    }),
    prisma.reportingRound.findMany({
      where: { planId: plan.id },
      orderBy: [{ date: 'desc' }, { id: 'desc' }],
      select: { id: true, title: true, date: true, state: true },
    }),
    prisma.organisation.findMany({ orderBy: { abbreviation: 'asc' }, select: { id: true, abbreviation: true, name: true } }),
  ]);
  const actionsByLine = groupBy(actions, (a) => a.lineId);
  return {
    plan,
    lines: lines.map(({ archivedAt, ...line }) => ({
      ...line,
      archived: archivedAt !== null,
      actions: (actionsByLine.get(line.id) ?? []).map(({ responsibilities, discontinuedAt, _count, ...action }) => ({
        ...action,
        discontinued: discontinuedAt !== null,
        discontinuedSince: discontinuedAt?.toISOString() ?? null,
        reportedRounds: _count.entries,
        responsible: responsibilities.map((r) => r.organisation),
      })),
    })),
    rounds: rounds.map((r) => ({ ...r, date: dateToIsoDate(r.date) })),
    organisations,
  };
}

export type PlanStructure = NonNullable<Awaited<ReturnType<typeof findPlanStructure>>>;
export type StructureLine = PlanStructure['lines'][number];
export type StructureAction = StructureLine['actions'][number];
