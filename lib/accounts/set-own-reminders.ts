import 'server-only';
import { prisma } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertCan } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';

/** A signed-in person turns the reminders about a round's input deadline on or off for themselves. */
export async function setOwnReminders(options: { user: Actor; remindersEnabled: boolean }) {
  const { user } = options;
  assertCan(user, 'account.setReminders', null);
  return prisma.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { remindersEnabled: true } });
    const after = await tx.user.update({ where: { id: user.id }, data: { remindersEnabled: options.remindersEnabled }, select: { remindersEnabled: true } });
    await recordAudit(tx, { actorId: user.id, permission: 'account.setReminders', entityType: 'user', entityId: user.id, before, after });
    return after;
  });
}
