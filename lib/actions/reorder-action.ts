import 'server-only';
import { prisma } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertCan } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { NotFoundError, ValidationError } from '@/lib/errors';
import { syncUnpublishedPlacements } from '@/lib/rounds/plan-placement';

/** Moves an action one place up or down among the reported actions of its line; a round under way follows. */
export async function reorderAction(options: { user: Actor; actionId: number; direction: 'up' | 'down' }) {
  const { user } = options;
  assertCan(user, 'action.reorder', null);
  await prisma.$transaction(async (tx) => {
    const action = await tx.action.findUnique({
      where: { id: options.actionId },
      select: { id: true, planId: true, lineId: true, discontinuedAt: true },
    });
    if (!action) throw new NotFoundError('Deze actie bestaat niet.');
    if (action.discontinuedAt) throw new ValidationError('Een actie die niet meer gerapporteerd wordt, heeft geen plaats in de volgorde.');
    // Among the actions still reported: those are the ones a round shows.
    const siblings = await tx.action.findMany({
      where: { lineId: action.lineId, discontinuedAt: null },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
      select: { id: true, position: true },
    });
    const index = siblings.findIndex((s) => s.id === action.id);
    const target = options.direction === 'up' ? index - 1 : index + 1;
    if (target < 0 || target >= siblings.length) return;
    const order = siblings.map((s) => s.id);
    [order[index], order[target]] = [order[target]!, order[index]!];
    for (const [position, id] of order.entries()) {
      if (siblings.find((s) => s.id === id)!.position !== position) {
        await tx.action.update({ where: { id }, data: { position } });
      }
    }
    await syncUnpublishedPlacements(tx, action.planId);
    await recordAudit(tx, {
      actorId: user.id,
      permission: 'action.reorder',
      entityType: 'action',
      entityId: action.id,
      before: { position: index },
      after: { position: target },
    });
  });
}
