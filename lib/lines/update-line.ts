import 'server-only';
import { prisma } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertCan } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { isUniqueViolation, NotFoundError } from '@/lib/errors';
import { duplicateCode } from '@/lib/lines/create-line';

/**
 * Renames or renumbers a line, or changes its *opgave*. Readers see the change from the next round
 * that is published: published rounds keep the copy they were published with (round_lines).
 */
export async function updateLine(options: { user: Actor; lineId: number; code: string; title: string; opgave: string }) {
  const { user } = options;
  assertCan(user, 'line.edit', null);
  try {
    return await prisma.$transaction(async (tx) => {
      const select = { id: true, planId: true, code: true, title: true, opgave: true };
      const before = await tx.actionLine.findUnique({ where: { id: options.lineId }, select });
      if (!before) throw new NotFoundError('Deze actielijn bestaat niet.');
      const after = await tx.actionLine.update({
        where: { id: before.id },
        data: { code: options.code, title: options.title, opgave: options.opgave },
        select,
      });
      await recordAudit(tx, { actorId: user.id, permission: 'line.edit', entityType: 'line', entityId: before.id, before, after });
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateCode();
    throw error;
  }
}
