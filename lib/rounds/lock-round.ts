import type { Tx } from '@/lib/audit/record-audit';
import { NotFoundError } from '@/lib/errors';

/**
 * Reads a round for a change of state, its row locked for update: saves in the round (which lock
 * it for share) finish first, and later ones see the new state.
 */
export async function lockRound(tx: Tx, roundId: number) {
  const rows = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM reporting_rounds WHERE id = ${roundId} FOR UPDATE`;
  if (rows.length === 0) throw new NotFoundError('Deze rapportageronde bestaat niet.');
  return tx.reportingRound.findUniqueOrThrow({
    where: { id: roundId },
    select: { id: true, planId: true, key: true, title: true, date: true, state: true, plan: { select: { slug: true } } },
  });
}
