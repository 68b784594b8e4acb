import 'server-only';
import { prisma } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertCan, assertRoleMay } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { lockRound } from '@/lib/rounds/lock-round';

/**
 * Opens a closed round for input again: partners can edit their actions again (approved ones stay
 * approved, and so locked for them) until the ministry closes it once more.
 */
export async function reopenRound(options: { user: Actor; roundId: number }): Promise<void> {
  const { user } = options;
  assertRoleMay(user, 'round.reopen');
  await prisma.$transaction(async (tx) => {
    const round = await lockRound(tx, options.roundId);
    assertCan(user, 'round.reopen', round);
    await tx.reportingRound.update({ where: { id: round.id }, data: { state: 'OPEN', closedAt: null } });
    await recordAudit(tx, {
      actorId: user.id,
      permission: 'round.reopen',
      entityType: 'round',
      entityId: round.id,
      before: { state: round.state },
      after: { state: 'OPEN' },
    });
  });
}
