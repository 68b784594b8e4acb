import 'server-only';
import { prisma } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertCan } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { slugify, uniqueSlug } from '@/lib/slug';

/** A new action plan; its slug (the public URL) follows from the title and never changes after. */
export async function createPlan(options: { user: Actor; title: string; summary: string }) {
  const { user } = options;
  assertCan(user, 'plan.create', null);
  return prisma.$transaction(async (tx) => {
    const slug = await uniqueSlug(slugify(options.title), async (candidate) => (await tx.plan.count({ where: { slug: candidate } })) > 0);
    const plan = await tx.plan.create({
      data: { slug, title: options.title, summary: options.summary },
      select: { id: true, slug: true, title: true, summary: true },
    });
    await recordAudit(tx, { actorId: user.id, permission: 'plan.create', entityType: 'plan', entityId: plan.id, after: plan });
    return plan;
  });
}
