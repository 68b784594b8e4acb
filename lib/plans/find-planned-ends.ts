import 'server-only';
import { prisma } from '@/lib/db';
import { toIsoDateOrNull } from '@/lib/dates';

/** Per action, per published round (by id), the end of the termijn that round reported: null without one. */
export type PlannedEnds = Map<number, Map<number, string | null>>;

/**
 * The planned ends of every action of a plan in every published round: the data of the slip
 * charts. One query; the `state = 'PUBLISHED'` filter is lib/rounds/published-round.ts's, written out.
 */
export async function findPlannedEnds(slug: string): Promise<PlannedEnds> {
  const rows = await prisma.$queryRaw<{ actionId: number; roundId: number; end: Date | null }[]>`
    SELECT e.action_id AS "actionId", e.round_id AS "roundId", u.deadline_end AS "end"
    FROM plans p
    JOIN reporting_rounds r ON r.plan_id = p.id AND r.state = 'PUBLISHED'
    JOIN action_entries e ON e.round_id = r.id
    JOIN action_updates u ON u.id = e.current_update_id
    WHERE p.slug = ${slug}`;
  const ends: PlannedEnds = new Map();
  for (const row of rows) {
    const byRound = ends.get(row.actionId) ?? new Map<number, string | null>();
    byRound.set(row.roundId, toIsoDateOrNull(row.end));
    ends.set(row.actionId, byRound);
  }
  return ends;
}
