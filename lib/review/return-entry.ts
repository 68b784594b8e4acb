import 'server-only';
import { prisma } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertCan, assertRoleMay } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { queueEntryReturnedMail } from '@/lib/mail/queue-entry-returned-mail';
import { lockEntry } from '@/lib/updates/lock-entry';
import { reviewBefore } from '@/lib/review/approve-entry';
import { assertReviewedVersion } from '@/lib/review/reviewed-version';

/**
 * The ministry returns an entry to the partner with a comment, which joins the entry's thread; the
 * partner sees it in the workspace (and may answer it there) and gets it by mail. Refused when the partner saved a newer version than the one reviewed.
 */
export async function returnEntry(options: { user: Actor; entryId: number; version: number; comment: string }) {
  const { user } = options;
  assertRoleMay(user, 'entry.return');
  await prisma.$transaction(async (tx) => {
    const entry = await lockEntry(tx, user, options.entryId);
    assertCan(user, 'entry.return', entry.resource);
    assertReviewedVersion(entry, options.version);
    const returnedAt = new Date();
    await tx.actionEntry.update({
      where: { id: entry.id },
      data: { reviewState: 'RETURNED', reviewComment: options.comment, reviewedById: user.id, reviewedAt: returnedAt },
    });
    // The thread keeps every return comment; reviewComment holds the latest for the rest of the app.
    await tx.entryComment.create({
      data: { entryId: entry.id, authorId: user.id, kind: 'RETURN', body: options.comment, version: options.version },
    });
    await queueEntryReturnedMail(tx, { entryId: entry.id, comment: options.comment, reviewerName: user.name, returnedAt });
    await recordAudit(tx, {
      actorId: user.id,
      permission: 'entry.return',
      entityType: 'entry',
      entityId: entry.id,
      before: { ...reviewBefore(entry), version: options.version },
      after: { reviewState: 'RETURNED', reviewComment: options.comment, version: options.version },
    });
  });
}
