import 'server-only';
import { prisma } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertCan, assertRoleMay } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { lockEntry } from '@/lib/updates/lock-entry';
import { assertReviewedVersion } from '@/lib/review/reviewed-version';

/**
 * The ministry approves an entry as it read it: `version` is the version on the reviewer's screen;
 * when the partner saved a newer one since, the approval is refused (ConflictError).
 */
export async function approveEntry(options: { user: Actor; entryId: number; version: number }): Promise<void> {
  const { user } = options;
  assertRoleMay(user, 'entry.approve');
  await prisma.$transaction(async (tx) => {
    const entry = await lockEntry(tx, user, options.entryId);
    assertCan(user, 'entry.approve', entry.resource);
    assertReviewedVersion(entry, options.version);
    const reviewedAt = new Date();
    await tx.actionEntry.update({
      where: { id: entry.id },
      data: { reviewState: 'APPROVED', reviewComment: null, reviewedById: user.id, reviewedAt },
    });
    await recordAudit(tx, {
      actorId: user.id,
      permission: 'entry.approve',
      entityType: 'entry',
      entityId: entry.id,
      before: { reviewState: entry.reviewState, reviewComment: entry.reviewComment, version: options.version },
      after: { reviewState: 'APPROVED', version: options.version },
    });
  });
}
