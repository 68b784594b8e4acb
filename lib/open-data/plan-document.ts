import 'server-only';
import { prisma } from '@/lib/db';
import { currentUpdateSelect, deadlineOf } from '@/lib/actions/entry-select';
import { STATUS_LABELS } from '@/lib/actions/status';
import { dateToIsoDate } from '@/lib/dates';
import { shiftsAlongRounds } from '@/lib/deadlines/shifts-along-rounds';
import { PUBLISHED } from '@/lib/rounds/published-round';

type LineCopy = { roundId: number; lineId: number; code: string; title: string; opgave: string; position: number; parentId: number | null };

/**
 * The open-data document of GET /api/public/plans/[slug]: published rounds only, plain JSON, ISO
 * dates, null where unknown. Every text is as a published round has it: per update its round's,
 * for the plan, its lines and its actions the latest published round's that reports them. The
 * shape is a public contract: change it only additively.
 */
export async function findPublicPlanDocument(slug: string) {
  const plan = await prisma.plan.findUnique({
    where: { slug },
    select: {
      rounds: {
        where: PUBLISHED,
        orderBy: { date: 'asc' },
        select: { id: true, key: true, title: true, date: true, isBaseline: true, planText: { select: { title: true, summary: true } } },
      },
      actions: {
        where: { entries: { some: { round: PUBLISHED } } },
        orderBy: { id: 'asc' },
        select: {
          id: true,
          discontinuedAt: true,
          discontinuedReason: true,
          entries: {
            where: { round: PUBLISHED, currentUpdateId: { not: null } },
            orderBy: { round: { date: 'asc' } },
            select: {
              id: true,
              round: { select: { id: true, key: true, title: true, date: true } },
              lineId: true,
              description: true,
              currentUpdate: { select: currentUpdateSelect },
            },
          },
        },
      },
    },
  });
  if (!plan || plan.rounds.length === 0) return null;
  const [responsible, lineCopies] = await Promise.all([findPublishedResponsibilities(slug), findLineCopies(slug)]);
  const copyOf = (roundId: number, lineId: number) => lineCopies.get(`${roundId}:${lineId}`)!;
  const roundOrder = plan.rounds.map((round) => round.id);

  return {
    slug,
    ...plan.rounds.at(-1)!.planText!,
    rounds: plan.rounds.map(({ id: _id, planText: _planText, ...round }) => ({ ...round, date: dateToIsoDate(round.date) })),
    lines: latestLineCopies(plan.rounds.map((round) => round.id), lineCopies).map(({ code, title, opgave, roundId, parentId }) => ({
      code,
      title,
      opgave,
      parent: parentId === null ? null : copyOf(roundId, parentId).code,
    })),
    // Title, description and line as the latest published report has them (entries are oldest first).
    actions: plan.actions.map((action) => {
      const latest = action.entries.at(-1)!;
      const latestResponsible = responsible.get(latest.id) ?? [];
      return {
        id: action.id,
        title: latest.currentUpdate!.title,
        description: latest.description ?? '',
        line: copyOf(latest.round.id, latest.lineId).code,
        responsible: latestResponsible,
        // The trekker: the first of `responsible` (null when the report names no organisation).
        lead: latestResponsible[0] ?? null,
        // No longer reported (decided now, not in a round): since when (ISO timestamp) and why; null while reported.
        discontinued: action.discontinuedAt ? { since: action.discontinuedAt.toISOString(), reason: action.discontinuedReason } : null,
        // `deadline.shift`: how much later the termijn ends than in the previous published round.
        updates: shiftsAlongRounds(
          action.entries.map((entry) => ({ ...entry, roundId: entry.round.id, deadline: deadlineOf(entry.currentUpdate!) })),
          roundOrder,
        ).map(({ id, round, lineId, currentUpdate, deadline, shift }) => {
          const update = currentUpdate!;
          const named = responsible.get(id) ?? [];
          return {
            round: { key: round.key, title: round.title, date: dateToIsoDate(round.date) },
            line: copyOf(round.id, lineId).code,
            title: update.title,
            responsible: named,
            lead: named[0] ?? null,
            status: STATUS_LABELS[update.status],
            result: update.result,
            planning: update.planning,
            deadline: { text: update.planning, ...deadline, shift },
          };
        }),
      };
    }),
  };
}

/** Every published round's copies of the plan's lines, by round and line id. One query. */
async function findLineCopies(slug: string): Promise<Map<string, LineCopy>> {
  const copies = await prisma.roundLine.findMany({
    where: { round: { ...PUBLISHED, plan: { slug } } },
    select: { roundId: true, lineId: true, code: true, title: true, opgave: true, position: true, parentId: true },
  });
  return new Map(copies.map((copy) => [`${copy.roundId}:${copy.lineId}`, copy]));
}

/** Each line any published round reports on, as the latest of them has it, in that round's order. */
function latestLineCopies(roundIds: number[], copies: Map<string, LineCopy>): LineCopy[] {
  const order = new Map(roundIds.map((id, index) => [id, index]));
  const latest = new Map<number, LineCopy>();
  for (const copy of copies.values()) {
    const known = latest.get(copy.lineId);
    if (!known || order.get(copy.roundId)! > order.get(known.roundId)!) latest.set(copy.lineId, copy);
  }
  return [...latest.values()].sort((a, b) => a.position - b.position || a.lineId - b.lineId);
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
