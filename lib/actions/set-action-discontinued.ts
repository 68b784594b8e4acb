import 'server-only';
import { notifyPublication, revalidatePublicPages } from '@/lib/cache/public-pages';
import { prisma } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertCan } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { ForbiddenError, NotFoundError } from '@/lib/errors';

export const ALREADY_DISCONTINUED = 'Deze actie wordt al niet meer gerapporteerd.';
export const ALREADY_REPORTED = 'Deze actie wordt al gerapporteerd.';

type Choice = { discontinued: true; reason: string } | { discontinued: false };

/**
 * Marks an action as no longer reported, with the reason why, or reported again. Its history stays;
 * rounds opened from now on leave it out. A round already under way keeps its entry, so nothing
 * written is lost. Reporting again clears the reason on the action; the audit log keeps it.
 *
 * The public action page shows the reason as the last word of its timeline, so its caches are
 * dropped like a publication's: the NOTIFY inside the transaction, this process's caches after the
 * commit. Must run inside a Next request (a form handler): revalidation needs it.
 */
export async function setActionDiscontinued(options: { user: Actor; actionId: number } & Choice) {
  const { user } = options;
  assertCan(user, 'action.discontinue', null);
  const planSlug = await prisma.$transaction(async (tx) => {
    // Locked, so that of two changes at once the second sees the first.
    await tx.$queryRaw`SELECT id FROM actions WHERE id = ${options.actionId} FOR UPDATE`;
    const action = await tx.action.findUnique({
      where: { id: options.actionId },
      select: { id: true, discontinuedAt: true, discontinuedReason: true, plan: { select: { slug: true } } },
    });
    if (!action) throw new NotFoundError('Deze actie bestaat niet.');
    if ((action.discontinuedAt !== null) === options.discontinued) {
      throw new ForbiddenError(options.discontinued ? ALREADY_DISCONTINUED : ALREADY_REPORTED);
    }
    const after = options.discontinued
      ? { discontinuedAt: new Date(), discontinuedReason: options.reason }
      : { discontinuedAt: null, discontinuedReason: null };
    await tx.action.update({ where: { id: action.id }, data: after });
    await recordAudit(tx, {
      actorId: user.id,
      permission: 'action.discontinue',
      entityType: 'action',
      entityId: action.id,
      before: { discontinuedAt: action.discontinuedAt, discontinuedReason: action.discontinuedReason },
      after,
    });
    await notifyPublication(tx, action.plan.slug);
    return action.plan.slug;
  });
  revalidatePublicPages(planSlug);
}
