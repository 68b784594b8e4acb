import 'server-only';
import { notifyPublication, revalidatePublicPages } from '@/lib/cache/public-pages';
import { prisma } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertCan, assertRoleMay } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { queueRoundPublishedMail } from '@/lib/mail/queue-round-mail';
import { ValidationError } from '@/lib/errors';
import { notAcceptedMessage, type CompletenessCategory } from '@/lib/rounds/completeness';
import { loadRoundCompleteness } from '@/lib/rounds/load-round-completeness';
import { lockRound } from '@/lib/rounds/lock-round';
import { recordPublishedResponsibilities } from '@/lib/rounds/record-published-responsibilities';
import { recordPublishedTexts } from '@/lib/rounds/record-published-texts';

/**
 * Publishes a closed round: from now on it is public and never changes again (every rule refuses
 * changes to a published round). Its public pages are refreshed in every app instance: the NOTIFY is
 * part of the transaction (delivered on commit), this process's caches are dropped after the commit.
 * Must run inside a Next request (a server action): revalidation needs it.
 *
 * What is still missing (lib/rounds/completeness.ts) is computed again once the round is locked:
 * every category with open items must be in `accepted`, or nothing changes. The audit line records
 * the categories accepted, with their counts.
 */
export async function publishRound(options: {
  user: Actor;
  roundId: number;
  accepted: readonly CompletenessCategory[];
}): Promise<{ planSlug: string; roundKey: string }> {
  const { user } = options;
  assertRoleMay(user, 'round.publish');
  const published = await prisma.$transaction(async (tx) => {
    const round = await lockRound(tx, options.roundId);
    assertCan(user, 'round.publish', round);
    const notApproved = await tx.actionEntry.count({ where: { roundId: round.id, reviewState: { not: 'APPROVED' } } });
    const open = (await loadRoundCompleteness(tx, round)).counts.filter(({ count }) => count > 0);
    const missing = open.filter(({ category }) => !options.accepted.includes(category));
    if (missing.length > 0) throw new ValidationError(notAcceptedMessage(missing), { accepted: [notAcceptedMessage(missing)] });
    await recordPublishedResponsibilities(tx, round.id);
    await recordPublishedTexts(tx, round.id);
    await tx.reportingRound.update({ where: { id: round.id }, data: { state: 'PUBLISHED', publishedAt: new Date() } });
    await recordAudit(tx, {
      actorId: user.id,
      permission: 'round.publish',
      entityType: 'round',
      entityId: round.id,
      before: { state: round.state },
      after: { state: 'PUBLISHED', entriesNotApproved: notApproved, accepted: open },
    });
    await queueRoundPublishedMail(tx, round.id);
    await notifyPublication(tx, round.plan.slug);
    return { planSlug: round.plan.slug, roundKey: round.key };
  });
  revalidatePublicPages(published.planSlug);
  return published;
}
