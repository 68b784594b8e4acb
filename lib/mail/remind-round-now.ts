import 'server-only';
import { prisma } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertCan, assertRoleMay } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { queueRoundReminders } from '@/lib/mail/queue-round-mail';
import { lockRound } from '@/lib/rounds/lock-round';

/**
 * "Herinnering nu versturen": the ministry reminds the partners with actions not yet ready, now.
 * Each press is its own event (keyed by its time); who turned reminders off gets none.
 */
export async function remindRoundNow(options: { user: Actor; roundId: number; now?: Date }): Promise<{ messageCount: number }> {
  const { user } = options;
  assertRoleMay(user, 'round.remind');
  return prisma.$transaction(async (tx) => {
    const round = await lockRound(tx, options.roundId);
    assertCan(user, 'round.remind', round);
    const at = (options.now ?? new Date()).toISOString();
    const ids = await queueRoundReminders(tx, { roundId: round.id, eventKey: `round.reminder-now:${round.id}:${at}`, when: 'now' });
    await recordAudit(tx, {
      actorId: user.id,
      permission: 'round.remind',
      entityType: 'round',
      entityId: round.id,
      after: { messages: ids.length, at },
    });
    return { messageCount: ids.length };
  });
}
