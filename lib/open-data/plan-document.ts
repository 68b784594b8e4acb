import 'server-only';
import { prisma } from '@/lib/db';
import { STATUS_LABELS } from '@/lib/actions/status';
import { dateToIsoDate, toIsoDateOrNull } from '@/lib/dates';
import { PUBLISHED } from '@/lib/rounds/published-round';

/**
 * The open-data documents of GET /api/public/plans[/slug]: published rounds only, plain JSON,
 * ISO dates, null where unknown. The shape is a public contract: change it only additively.
 */
export async function listPublicPlans() {
  const plans = await prisma.plan.findMany({
    where: { rounds: { some: PUBLISHED } },
    orderBy: { title: 'asc' },
    select: {
      slug: true,
      title: true,
      summary: true,
      rounds: { where: PUBLISHED, orderBy: { date: 'asc' }, select: { key: true, title: true, date: true } },
    },
  });
  return plans.map((plan) => ({
    ...plan,
    url: `/api/public/plans/${plan.slug}`,
    rounds: plan.rounds.map((round) => ({ ...round, date: dateToIsoDate(round.date) })),
  }));
}

export async function findPublicPlanDocument(slug: string) {
  const plan = await prisma.plan.findUnique({
    where: { slug },
    select: {
      slug: true,
      title: true,
      summary: true,
      rounds: { where: PUBLISHED, orderBy: { date: 'asc' }, select: { key: true, title: true, date: true, isBaseline: true } },
      // Lines a published round reports on, and their parents: new lines stay private until published.
      lines: {
        where: {
          OR: [
            { entries: { some: { round: PUBLISHED } } },
            { children: { some: { entries: { some: { round: PUBLISHED } } } } },
          ],
        },
        orderBy: { position: 'asc' },
        select: { code: true, title: true, opgave: true, parent: { select: { code: true } } },
      },
      actions: {
        where: { entries: { some: { round: PUBLISHED } } },
        orderBy: { id: 'asc' },
        select: {
          id: true,
          description: true,
          entries: {
            where: { round: PUBLISHED, currentUpdateId: { not: null } },
            orderBy: { round: { date: 'asc' } },
            select: {
              round: { select: { key: true, title: true, date: true } },
              line: { select: { code: true } },
              responsibilities: { orderBy: { position: 'asc' }, select: { organisation: { select: { abbreviation: true } } } },
              currentUpdate: {
                select: { title: true, status: true, result: true, planning: true, deadlineStart: true, deadlineEnd: true },
              },
            },
          },
        },
      },
    },
  });
  if (!plan || plan.rounds.length === 0) return null;

  return {
    slug: plan.slug,
    title: plan.title,
    summary: plan.summary,
    rounds: plan.rounds.map((round) => ({ ...round, date: dateToIsoDate(round.date) })),
    lines: plan.lines.map(({ parent, ...line }) => ({ ...line, parent: parent?.code ?? null })),
    // Title and line as the latest published report has them (entries are oldest first).
    actions: plan.actions.map((action) => ({
      id: action.id,
      title: action.entries.at(-1)!.currentUpdate!.title,
      description: action.description,
      line: action.entries.at(-1)!.line.code,
      responsible: action.entries.at(-1)!.responsibilities.map((r) => r.organisation.abbreviation),
      updates: action.entries.map(({ round, line, currentUpdate, responsibilities }) => {
        const update = currentUpdate!;
        return {
          round: { key: round.key, title: round.title, date: dateToIsoDate(round.date) },
          line: line.code,
          title: update.title,
          responsible: responsibilities.map((r) => r.organisation.abbreviation),
          status: STATUS_LABELS[update.status],
          result: update.result,
          planning: update.planning,
          deadline: {
            text: update.planning,
            start: toIsoDateOrNull(update.deadlineStart),
            end: toIsoDateOrNull(update.deadlineEnd),
          },
        };
      }),
    })),
  };
}

export type PublicPlanDocument = NonNullable<Awaited<ReturnType<typeof findPublicPlanDocument>>>;
