import type { Tx } from '@/lib/audit/record-audit';
import { currentUpdateSelect, type UpdateContent } from '@/lib/actions/entry-select';
import type { Database } from '@/lib/prisma-client';

export type PreviousUpdate = { round: { key: string; title: string }; update: UpdateContent };

/**
 * Per action, what the latest published round before `round` reported on it: the text a new round
 * starts from, and what the review compares with. Actions never reported before are absent.
 */
export async function findPreviousUpdates(
  db: Tx | Database,
  round: { id: number; planId: number; date: Date },
  actionIds: number[],
): Promise<Map<number, PreviousUpdate>> {
  const entries = await db.actionEntry.findMany({
    where: {
      actionId: { in: actionIds },
      currentUpdateId: { not: null },
      round: { planId: round.planId, state: 'PUBLISHED', id: { not: round.id }, date: { lte: round.date } },
    },
    orderBy: [{ round: { date: 'desc' } }, { roundId: 'desc' }],
    select: { actionId: true, round: { select: { key: true, title: true } }, currentUpdate: { select: currentUpdateSelect } },
  });
  const previous = new Map<number, PreviousUpdate>();
  for (const entry of entries) {
    if (!previous.has(entry.actionId)) previous.set(entry.actionId, { round: entry.round, update: entry.currentUpdate! });
  }
  return previous;
}
