import 'server-only';
import { prisma } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import { notifyPublication } from '@/lib/cache/public-pages';
import { assertCan } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { NotFoundError } from '@/lib/errors';

/**
 * Renames a plan or changes its summary; readers see it from the next round that is published
 * (published rounds keep their copy, round_plan_texts). Tells the other app instances on commit;
 * the caller revalidates this process's public pages with the returned slug.
 */
export async function updatePlan(options: { user: Actor; planId: number; title: string; summary: string }) {
  const { user } = options;
  assertCan(user, 'plan.edit', null);
  return prisma.$transaction(async (tx) => {
    const before = await tx.plan.findUnique({ where: { id: options.planId }, select: { id: true, slug: true, title: true, summary: true } });
    if (!before) throw new NotFoundError('Dit plan bestaat niet.');
    const after = await tx.plan.update({
      where: { id: before.id },
      data: { title: options.title, summary: options.summary },
      select: { id: true, slug: true, title: true, summary: true },
    });
    await recordAudit(tx, { actorId: user.id, permission: 'plan.edit', entityType: 'plan', entityId: before.id, before, after });
    await notifyPublication(tx, after.slug);
    return after;
  });
}
