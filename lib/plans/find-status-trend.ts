import 'server-only';
import { prisma } from '@/lib/db';
import { ACTION_STATUSES, type ActionStatus } from '@/lib/actions/status';
import { emptyStatusCounts, type StatusCounts } from '@/lib/actions/status-counts';
import type { PublicRound } from '@/lib/rounds/published-round';

export type RoundStatusCounts = { round: PublicRound; counts: StatusCounts };

type Row = Omit<PublicRound, 'date'> & { date: Date | string; status: string | null; count: number };

/**
 * How many actions had each status in every published round of a plan, oldest round first; an
 * empty list for an unknown plan. One grouped query, whatever the number of rounds or actions.
 * Raw SQL because Prisma's groupBy cannot group on a relation (the entry's current update); the
 * `state = 'PUBLISHED'` filter is lib/rounds/published-round.ts's PUBLISHED, written out.
 */
export async function findStatusTrend(slug: string): Promise<RoundStatusCounts[]> {
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT r.id, r.key, r.title, r.date, r.date_is_approximate AS "dateIsApproximate", r.is_baseline AS "isBaseline",
           u.status::text AS status, count(u.id)::int AS count
    FROM plans p
    JOIN reporting_rounds r ON r.plan_id = p.id AND r.state = 'PUBLISHED'
    LEFT JOIN action_entries e ON e.round_id = r.id
    LEFT JOIN action_updates u ON u.id = e.current_update_id
    WHERE p.slug = ${slug}
    GROUP BY r.id, u.status
    ORDER BY r.date, r.id`;

  const byRound = new Map<number, RoundStatusCounts>();
  for (const { status, count, ...round } of rows) {
    let entry = byRound.get(round.id);
    if (!entry) {
      entry = { round: { ...round, date: new Date(round.date) }, counts: emptyStatusCounts() };
      byRound.set(round.id, entry);
    }
    // A round without entries gives one row with a null status.
    if (isStatus(status)) entry.counts[status] = count;
  }
  return [...byRound.values()];
}

function isStatus(value: string | null): value is ActionStatus {
  return (ACTION_STATUSES as readonly (string | null)[]).includes(value);
}
