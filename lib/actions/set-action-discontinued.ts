import 'server-only';
import { prisma } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertCan } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { NotFoundError } from '@/lib/errors';

/**
 * Marks an action as no longer reported (or reported again). Its history stays; rounds opened from
 * now on leave it out. A round already under way keeps its entry, so nothing written is lost.
 */
export async function setActionDiscontinued(options: { user: Actor; actionId: number; discontinued: boolean }) {
  const { user } = options;
  assertCan(user, 'action.discontinue', null);
  await prisma.$transaction(async (tx) => {
    const action = await tx.action.findUnique({ where: { id: options.actionId }, select: { id: true, discontinuedAt: true } });
    if (!action) throw new NotFoundError('Deze actie bestaat niet.');
    if ((action.discontinuedAt !== null) === options.discontinued) return;
    const discontinuedAt = options.discontinued ? new Date() : null;
    await tx.action.update({ where: { id: action.id }, data: { discontinuedAt } });
    await recordAudit(tx, {
      actorId: user.id,
      permission: 'action.discontinue',
      entityType: 'action',
      entityId: action.id,
      before: { discontinuedAt: action.discontinuedAt },
      after: { discontinuedAt },
    });
  });
}
