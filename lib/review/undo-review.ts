import 'server-only';
import { prisma } from '@/lib/db';
import { z } from '@/lib/validation/dutch-zod';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertCan, assertRoleMay } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { ConflictError } from '@/lib/errors';
import { REVIEW_STATE_LABELS, REVIEW_STATES } from '@/lib/review/review-states';
import { lockEntry } from '@/lib/updates/lock-entry';
import { queueReturnUndoneMail } from '@/lib/mail/queue-entry-returned-mail';

/** What the audit line of an approval or return kept of the review before it. */
const reviewBeforeSchema = z.object({
  reviewState: z.enum(REVIEW_STATES),
  reviewComment: z.string().nullable(),
  reviewedById: z.number().int().nullable().optional(),
  reviewedAt: z.iso.datetime().nullable().optional(),
  version: z.number().int(),
});

const SET_BY = { APPROVED: 'entry.approve', RETURNED: 'entry.return' } as const;
export const UNDONE_RETURN_NOTE = 'Terugsturen ongedaan gemaakt.';

/**
 * The ministry takes back its approval or return while the round is open: the review as it stood
 * before (state, comment, reviewer) comes back from that action's audit line. Compare-and-set: only
 * when the entry is still in the state that action set, at the same version, and nothing was reviewed
 * or undone since; otherwise a ConflictError says why. The comment thread is append-only: an undone
 * return keeps its comment there and gets a note after it.
 */
export async function undoReview(options: { user: Actor; entryId: number; version: number; reviewState: 'APPROVED' | 'RETURNED' }) {
  const { user } = options;
  assertRoleMay(user, 'entry.undoReview');
  return prisma.$transaction(async (tx) => {
    const entry = await lockEntry(tx, user, options.entryId);
    assertCan(user, 'entry.undoReview', entry.resource);
    const current = entry.currentUpdate!;
    const refuse = (why: string) => new ConflictError(`‘${current.title}’ ${why}; niet ongedaan gemaakt.`);
    if (current.version !== options.version) throw refuse(`is intussen gewijzigd (nu versie ${current.version})`);
    if (entry.reviewState !== options.reviewState) throw refuse(`staat intussen op ‘${REVIEW_STATE_LABELS[entry.reviewState]}’`);
    const last = await tx.auditLogEntry.findFirst({
      where: { entityType: 'entry', entityId: String(entry.id), permission: { in: ['entry.approve', 'entry.return', 'entry.undoReview'] } },
      orderBy: { id: 'desc' },
      select: { permission: true, before: true },
    });
    const before = reviewBeforeSchema.safeParse(last?.before);
    if (!last || last.permission !== SET_BY[options.reviewState] || !before.success || before.data.version !== current.version) {
      throw refuse('is sindsdien opnieuw beoordeeld of al teruggezet');
    }
    const restored = before.data;
    await tx.actionEntry.update({
      where: { id: entry.id },
      data: {
        reviewState: restored.reviewState,
        reviewComment: restored.reviewComment,
        reviewedById: restored.reviewedById ?? null,
        reviewedAt: restored.reviewedAt ? new Date(restored.reviewedAt) : null,
      },
    });
    if (options.reviewState === 'RETURNED') {
      await tx.entryComment.create({
        data: { entryId: entry.id, authorId: user.id, kind: 'NOTE', body: UNDONE_RETURN_NOTE, version: current.version },
      });
      // The partners were mailed the return: they are told it no longer holds.
      if (entry.reviewedAt) await queueReturnUndoneMail(tx, { entryId: entry.id, returnedAt: entry.reviewedAt, undoneBy: user.name, undoneAt: new Date() });
    }
    await recordAudit(tx, {
      actorId: user.id,
      permission: 'entry.undoReview',
      entityType: 'entry',
      entityId: entry.id,
      before: { reviewState: entry.reviewState, reviewComment: entry.reviewComment, version: current.version },
      after: { reviewState: restored.reviewState, reviewComment: restored.reviewComment, version: current.version, undone: SET_BY[options.reviewState] },
    });
    return { title: current.title, reviewState: restored.reviewState };
  });
}
