import 'server-only';
import { prisma } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertCan } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { NotFoundError, ValidationError } from '@/lib/errors';
import { lockLineForActions } from '@/lib/lines/lock-line-for-actions';
import { syncUnpublishedPlacements } from '@/lib/rounds/plan-placement';

/**
 * Moves an action to the end of another line of its plan. Its history stays whole: every published
 * round keeps the line it reported the action under; a round under way follows the move.
 */
export async function moveAction(options: { user: Actor; actionId: number; lineId: number }) {
  const { user } = options;
  assertCan(user, 'action.move', null);
  await prisma.$transaction(async (tx) => {
    const action = await tx.action.findUnique({ where: { id: options.actionId }, select: { id: true, planId: true, lineId: true, position: true } });
    if (!action) throw new NotFoundError('Deze actie bestaat niet.');
    const line = await lockLineForActions(tx, { lineId: options.lineId, planId: action.planId, field: 'lineId' });
    if (!line) throw new ValidationError('Kies een actielijn van dit plan.', { lineId: ['Kies een actielijn van dit plan.'] });
    if (line.id === action.lineId) return;
    const last = await tx.action.aggregate({ where: { lineId: line.id }, _max: { position: true } });
    const position = (last._max.position ?? -1) + 1;
    await tx.action.update({ where: { id: action.id }, data: { lineId: line.id, position } });
    await syncUnpublishedPlacements(tx, action.planId);
    await recordAudit(tx, {
      actorId: user.id,
      permission: 'action.move',
      entityType: 'action',
      entityId: action.id,
      before: { lineId: action.lineId, position: action.position },
      after: { lineId: line.id, position },
    });
  });
}
