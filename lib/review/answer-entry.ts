import 'server-only';
import { prisma } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertCan, assertRoleMay } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { lockEntry } from '@/lib/updates/lock-entry';

/**
 * A partner answers the ministry's return comment on an entry of its organisation while the round
 * is open: the answer joins the entry's thread (append-only), about the version that is current,
 * and the ministry sees it on the review and the entry's page. The review state stays as it is; the
 * partner marks the entry ready when the text is done.
 */
export async function answerEntry(options: { user: Actor; entryId: number; body: string }): Promise<void> {
  const { user } = options;
  assertRoleMay(user, 'entry.answer');
  await prisma.$transaction(async (tx) => {
    const entry = await lockEntry(tx, user, options.entryId);
    assertCan(user, 'entry.answer', entry.resource);
    const version = entry.currentUpdate!.version;
    const comment = await tx.entryComment.create({
      data: { entryId: entry.id, authorId: user.id, kind: 'ANSWER', body: options.body, version },
    });
    await recordAudit(tx, {
      actorId: user.id,
      permission: 'entry.answer',
      entityType: 'entry',
      entityId: entry.id,
      after: { commentId: comment.id, kind: 'ANSWER', body: options.body, version },
    });
  });
}
