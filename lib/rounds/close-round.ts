import 'server-only';
import { prisma } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertCan, assertRoleMay } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { lockRound } from '@/lib/rounds/lock-round';

/** Closes a round for input: partners can no longer edit; the ministry finishes the review. */
export async function closeRound(options: { user: Actor; roundId: number }): Promise<void> {
  const { user } = options;
  assertRoleMay(user, 'round.close');
  await prisma.$transaction(async (tx) => {
    const round = await lockRound(tx, options.roundId);
    assertCan(user, 'round.close', round);
    await tx.reportingRound.update({ where: { id: round.id }, data: { state: 'CLOSED', closedAt: new Date() } });
    await recordAudit(tx, {
      actorId: user.id,
      permission: 'round.close',
      entityType: 'round',
      entityId: round.id,
      before: { state: round.state },
      after: { state: 'CLOSED' },
    });
  });
}
