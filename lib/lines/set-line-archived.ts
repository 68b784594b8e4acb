import 'server-only';
import { prisma } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertCan } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { ForbiddenError, NotFoundError } from '@/lib/errors';

export const ALREADY_ARCHIVED = 'Deze actielijn is al gearchiveerd.';
export const NOT_ARCHIVED = 'Deze actielijn is niet gearchiveerd.';

/** The refusal for a line that still has actions (its own and its sub-lines', reported or not). */
export function lineHasActionsMessage(code: string, count: number): string {
  return `Actielijn ${code} heeft ${count === 1 ? '1 actie' : `${count} acties`} en kan niet worden gearchiveerd; verplaats ze eerst naar een andere actielijn.`;
}

/**
 * Archives an old, empty actielijn, or puts it back. Archived lines are no longer offered on the
 * management pages (new actions, moving actions, parent lines, round introductions); published
 * rounds keep showing them from their own copy (round_lines). Only a line without actions, on it
 * or on its sub-lines, can be archived; its sub-lines go with it. Putting back a sub-line puts back
 * its parent too, so that no line stands under a hidden one.
 *
 * The line and its sub-lines are locked for update; creating or moving an action into a line locks
 * it for share (lib/lines/lock-line-for-actions.ts), so an action never lands in an archived line.
 */
export async function setLineArchived(options: { user: Actor; lineId: number; archived: boolean }) {
  const { user } = options;
  assertCan(user, 'line.archive', null);
  await prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM action_lines WHERE id = ${options.lineId} OR parent_id = ${options.lineId} ORDER BY id FOR UPDATE`;
    const line = await tx.actionLine.findUnique({
      where: { id: options.lineId },
      select: { id: true, code: true, parentId: true, archivedAt: true, children: { select: { id: true, archivedAt: true } } },
    });
    if (!line) throw new NotFoundError('Deze actielijn bestaat niet.');
    if ((line.archivedAt !== null) === options.archived) throw new ForbiddenError(options.archived ? ALREADY_ARCHIVED : NOT_ARCHIVED);

    const lineIds = options.archived ? [line.id, ...line.children.filter((c) => c.archivedAt === null).map((c) => c.id)] : [line.id];
    if (options.archived) {
      const actions = await tx.action.count({ where: { lineId: { in: [line.id, ...line.children.map((c) => c.id)] } } });
      if (actions > 0) throw new ForbiddenError(lineHasActionsMessage(line.code, actions));
    } else if (line.parentId !== null) {
      const parent = await tx.actionLine.updateMany({ where: { id: line.parentId, archivedAt: { not: null } }, data: { archivedAt: null } });
      if (parent.count > 0) lineIds.push(line.parentId);
    }
    const archivedAt = options.archived ? new Date() : null;
    await tx.actionLine.updateMany({ where: { id: { in: lineIds.filter((id) => id !== line.parentId) } }, data: { archivedAt } });
    await recordAudit(tx, {
      actorId: user.id,
      permission: 'line.archive',
      entityType: 'line',
      entityId: line.id,
      before: { archivedAt: line.archivedAt },
      after: { archivedAt, lines: lineIds },
    });
  });
}
