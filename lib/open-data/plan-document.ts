import 'server-only';
import { prisma } from '@/lib/db';
import { currentUpdateSelect, deadlineOf } from '@/lib/actions/entry-select';
import { STATUS_LABELS } from '@/lib/actions/status';
import { dateToIsoDate } from '@/lib/dates';
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
              id: true,
              line: { select: { code: true } },
              currentUpdate: { select: currentUpdateSelect },
            },
          },
        },
      },
    },
  });
  if (!plan || plan.rounds.length === 0) return null;
  const responsible = await findPublishedResponsibilities(slug);

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
      responsible: responsible.get(action.entries.at(-1)!.id) ?? [],
      updates: action.entries.map(({ id, round, line, currentUpdate }) => {
        const update = currentUpdate!;
        return {
          round: { key: round.key, title: round.title, date: dateToIsoDate(round.date) },
          line: line.code,
          title: update.title,
          responsible: responsible.get(id) ?? [],
          status: STATUS_LABELS[update.status],
          result: update.result,
          planning: update.planning,
          deadline: { text: update.planning, ...deadlineOf(update) },
        };
      }),
    })),
  };
}

/**
 * Per published entry of a plan, the organisations it names, lead first. One query: loaded as a
 * relation, 2,000 actions × 24 rounds would exceed the number of parameters a query may have.
 */
async function findPublishedResponsibilities(slug: string): Promise<Map<number, string[]>> {
  const rows = await prisma.$queryRaw<{ entryId: number; abbreviation: string }[]>`
    SELECT er.entry_id AS "entryId", o.abbreviation
    FROM entry_responsibilities er
    JOIN organisations o ON o.id = er.organisation_id
    JOIN action_entries e ON e.id = er.entry_id
    JOIN actions a ON a.id = e.action_id
    JOIN plans p ON p.id = a.plan_id AND p.slug = ${slug}
    ORDER BY er.entry_id, er.position`;
  const byEntry = new Map<number, string[]>();
  for (const row of rows) byEntry.set(row.entryId, [...(byEntry.get(row.entryId) ?? []), row.abbreviation]);
  return byEntry;
}
