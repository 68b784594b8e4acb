import 'server-only';
import { prisma } from '@/lib/db';
import { recordAudit, type Tx } from '@/lib/audit/record-audit';
import { assertCan } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { isUniqueViolation, NotFoundError, ValidationError } from '@/lib/errors';
import { renumberLines } from '@/lib/lines/line-order';
import { lockLineForActions } from '@/lib/lines/lock-line-for-actions';
import { slugify, uniqueSlug } from '@/lib/slug';

/** A new actielijn at the end of the plan, or a sub-line at the end of a top-level line. */
export async function createLine(options: NewLine & { user: Actor }) {
  const { user } = options;
  assertCan(user, 'line.create', null);
  try {
    return await prisma.$transaction((tx) => createLineIn(tx, { ...options, actorId: user.id }));
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateCode();
    throw error;
  }
}

export type NewLine = { planId: number; parentId?: number; code: string; title: string; opgave: string };

/**
 * createLine's body, in the caller's transaction, for a caller that checked `line.create` (the
 * bijlage import). A code already in use fails as a unique violation. `actorId` null: the command line.
 */
export async function createLineIn(tx: Tx, options: NewLine & { actorId: number | null }) {
  const plan = await tx.plan.findUnique({ where: { id: options.planId }, select: { id: true } });
  if (!plan) throw new NotFoundError('Dit plan bestaat niet.');
  if (options.parentId !== undefined) {
    const parent = await lockLineForActions(tx, { lineId: options.parentId, planId: plan.id, field: 'parentId' });
    if (!parent || parent.parentId !== null) throw new ValidationError('Kies een actielijn van dit plan.', { parentId: ['Kies een actielijn van dit plan.'] });
  }
  const key = await uniqueSlug(slugify(options.code), async (candidate) =>
    (await tx.actionLine.count({ where: { planId: plan.id, key: candidate } })) > 0,
  );
  const line = await tx.actionLine.create({
    data: {
      planId: plan.id,
      key,
      code: options.code,
      title: options.title,
      opgave: options.opgave,
      parentId: options.parentId ?? null,
      position: 1_000_000,
    },
    select: { id: true, code: true, title: true, opgave: true, parentId: true },
  });
  await renumberLines(tx, plan.id);
  await recordAudit(tx, { actorId: options.actorId, permission: 'line.create', entityType: 'line', entityId: line.id, after: line });
  return line;
}

export function duplicateCode() {
  return new ValidationError('Dit nummer is al in gebruik in dit plan.', { code: ['Dit nummer is al in gebruik in dit plan.'] });
}
