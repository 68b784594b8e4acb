import type { Tx } from '@/lib/audit/record-audit';

/**
 * The ids of a plan's rounds that are open or closed, locked for share: none of them can be
 * published (or closed) until the calling transaction, which changes their entries, has ended.
 */
export async function lockUnpublishedRounds(tx: Tx, planId: number): Promise<number[]> {
  const rows = await tx.$queryRaw<{ id: number }[]>`
    SELECT id FROM reporting_rounds
    WHERE plan_id = ${planId} AND state IN ('OPEN', 'CLOSED')
    ORDER BY id
    FOR SHARE`;
  return rows.map((row) => row.id);
}
