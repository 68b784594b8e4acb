import 'server-only';
import { prisma } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertCan, assertRoleMay } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { lockRound } from '@/lib/rounds/lock-round';
import { recordPublishedResponsibilities } from '@/lib/rounds/record-published-responsibilities';
import { recordPublishedTexts } from '@/lib/rounds/record-published-texts';

/**
 * Publishes a closed round: from now on it is public and never changes again (every rule refuses
 * changes to a published round). The caller revalidates the plan's public pages.
 */
export async function publishRound(options: { user: Actor; roundId: number }): Promise<{ planSlug: string; roundKey: string }> {
  const { user } = options;
  assertRoleMay(user, 'round.publish');
  return prisma.$transaction(async (tx) => {
    const round = await lockRound(tx, options.roundId);
    assertCan(user, 'round.publish', round);
    const notApproved = await tx.actionEntry.count({ where: { roundId: round.id, reviewState: { not: 'APPROVED' } } });
    await recordPublishedResponsibilities(tx, round.id);
    await recordPublishedTexts(tx, round.id);
    await tx.reportingRound.update({ where: { id: round.id }, data: { state: 'PUBLISHED', publishedAt: new Date() } });
    await recordAudit(tx, {
      actorId: user.id,
      action: 'round.publish',
      entityType: 'round',
      entityId: round.id,
      before: { state: round.state },
      after: { state: 'PUBLISHED', entriesNotApproved: notApproved },
    });
    return { planSlug: round.plan.slug, roundKey: round.key };
  });
}
