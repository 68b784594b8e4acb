import 'server-only';
import { prisma } from '@/lib/db';
import { recordAudit, type Tx } from '@/lib/audit/record-audit';
import { assertCan, assertRoleMay } from '@/lib/auth/permissions';
import type { Actor, SessionUser } from '@/lib/auth/session-user';
import { lockEntry, type LockedEntry } from '@/lib/updates/lock-entry';
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
    await writeApproval(tx, user, entry, options.version);
  });
}

/**
 * Approves an entry locked (and checked) by the caller, and audits it; the review as it stood goes
 * into the audit line's `before`, which is what undoing the approval restores.
 */
export async function writeApproval(tx: Tx, user: SessionUser, entry: LockedEntry, version: number): Promise<void> {
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
    before: { ...reviewBefore(entry), version },
    after: { reviewState: 'APPROVED', version },
  });
}

/** The review of a locked entry as its audit line keeps it, so that it can be restored. */
export function reviewBefore(entry: LockedEntry) {
  return {
    reviewState: entry.reviewState,
    reviewComment: entry.reviewComment,
    reviewedById: entry.reviewedById,
    reviewedAt: entry.reviewedAt?.toISOString() ?? null,
  };
}
