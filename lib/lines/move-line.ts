import 'server-only';
import { prisma } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertCan } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { NotFoundError } from '@/lib/errors';
import { renumberLines, swapWithSibling } from '@/lib/lines/line-order';
import { syncUnpublishedPlacements } from '@/lib/rounds/plan-placement';

/** Moves a line one place up or down among its siblings (its sub-lines go with it). */
export async function moveLine(options: { user: Actor; lineId: number; direction: 'up' | 'down' }) {
  const { user } = options;
  assertCan(user, 'line.reorder', null);
  await prisma.$transaction(async (tx) => {
    const line = await tx.actionLine.findUnique({ where: { id: options.lineId }, select: { id: true, planId: true, position: true } });
    if (!line) throw new NotFoundError('Deze actielijn bestaat niet.');
    await renumberLines(tx, line.planId, swapWithSibling(line.id, options.direction));
    const after = await tx.actionLine.findUniqueOrThrow({ where: { id: line.id }, select: { position: true } });
    if (after.position === line.position) return;
    await syncUnpublishedPlacements(tx, line.planId);
    await recordAudit(tx, {
      actorId: user.id,
      permission: 'line.reorder',
      entityType: 'line',
      entityId: line.id,
      before: { position: line.position },
      after: { position: after.position },
    });
  });
}
