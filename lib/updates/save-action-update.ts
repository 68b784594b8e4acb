import 'server-only';
import { prisma } from '@/lib/db';
import type { ReviewState } from '@/lib/generated/prisma/client';
import { recordAudit, recordEntryAudits, type Tx } from '@/lib/audit/record-audit';
import { assertCan, assertRoleMay } from '@/lib/auth/permissions';
import type { Actor, SessionUser } from '@/lib/auth/session-user';
import { ConflictError, NotFoundError } from '@/lib/errors';
import { savedByMinistry } from '@/lib/review/entry-thread';
import { lockEntries, lockEntry, type LockedEntry } from '@/lib/updates/lock-entry';
import { conflictDetails, contentDiffers, deadlineColumns, type UpdateContent } from '@/lib/updates/update-content';

export type SaveResult = { version: number; changed: boolean; reviewState: ReviewState };

/**
 * Saves an editor's update of an action in a round as a new version, never overwriting one.
 * `baseVersion` is the version the editor started from: when someone else saved in the meantime,
 * the save is refused with the other person's text (optimistic concurrency). With `markReady`, the
 * partner also marks the entry ready for review, in the same transaction.
 */
export async function saveActionUpdate(options: SaveOptions): Promise<SaveResult> {
  if (options.markReady) assertRoleMay(options.user, 'update.markReady');
  return prisma.$transaction((tx) => saveActionUpdateIn(tx, options));
}

export type SaveOptions = {
  user: Actor;
  entryId: number;
  baseVersion: number;
  content: UpdateContent;
  markReady?: boolean;
  /** The earlier version whose content this save restores (restoreVersion), named in the audit line. */
  restoredFrom?: number;
};

/**
 * The save itself, in the caller's transaction: for a use case that saves several entries at
 * once, all or nothing (applyWorkbookImport). Every check of saveActionUpdate is made here.
 */
export async function saveActionUpdateIn(tx: Tx, options: SaveOptions): Promise<SaveResult> {
  const { user, content } = options;
  if (options.markReady) assertRoleMay(user, 'update.markReady');
  const entry = await lockEntry(tx, user, options.entryId);
  assertCan(user, 'update.save', entry.resource);
  const current = entry.currentUpdate!;
  assertBaseVersion(user, current, options.baseVersion);

  let version = current.version;
  let reviewState = entry.reviewState;
  const changed = contentDiffers(current, content);
  if (changed) {
    const created = await tx.actionUpdate.create({
      data: {
        entryId: entry.id,
        version: version + 1,
        title: current.title,
        ...content,
        ...deadlineColumns(content.planning, entry.round.date),
        responsibleText: current.responsibleText,
        createdById: user.id,
      },
    });
    // A partner's edit is work in progress again; the ministry's own edits leave the review as it is.
    if (user.role === 'PARTNER_EDITOR') reviewState = 'IN_PROGRESS';
    await moveCurrent(tx, entry.id, current.id, entry.reviewState, { currentUpdateId: created.id, reviewState });
    await recordAudit(tx, {
      actorId: user.id,
      permission: 'update.save',
      entityType: 'entry',
      entityId: entry.id,
      before: { version, status: current.status, result: current.result, planning: current.planning },
      after: { version: version + 1, ...content, ...(options.restoredFrom && { restoredFromVersion: options.restoredFrom }) },
    });
    version += 1;
  }

  if (options.markReady) {
    assertCan(user, 'update.markReady', { ...entry.resource, reviewState });
    await tx.actionEntry.update({ where: { id: entry.id }, data: { reviewState: 'READY_FOR_REVIEW' } });
    await recordAudit(tx, {
      actorId: user.id,
      permission: 'update.markReady',
      entityType: 'entry',
      entityId: entry.id,
      before: { reviewState, version },
      after: { reviewState: 'READY_FOR_REVIEW', version },
    });
    reviewState = 'READY_FOR_REVIEW';
  }
  return { version, changed, reviewState };
}

/** The optimistic-concurrency check: refused with the other person's text when they saved since `baseVersion`. */
function assertBaseVersion(user: SessionUser, current: NonNullable<LockedEntry['currentUpdate']>, baseVersion: number) {
  if (current.version === baseVersion) return;
  const name = current.createdBy?.name ?? 'iemand anders';
  const by = user.role === 'PARTNER_EDITOR' && savedByMinistry(current) ? `Het ministerie (${name})` : name;
  throw new ConflictError(
    `${by} heeft deze actie intussen gewijzigd (versie ${current.version}). Uw tekst is niet opgeslagen; vergelijk hem met de tekst hieronder en sla opnieuw op.`,
    conflictDetails(current),
  );
}

/**
 * Several saves of one editor in the caller's transaction (applyWorkbookImport), each with every
 * check of saveActionUpdate (may they see and save the entry, is it still at the version they
 * started from), all checked before anything is written, then written in bulk: the entries locked
 * at once, the new versions, the entries moved on and the audit lines each in a few statements.
 * `refused(index, error)` names the save that was refused in the error thrown. No markReady here.
 */
export async function saveActionUpdatesIn(
  tx: Tx,
  user: SessionUser,
  saves: { entryId: number; baseVersion: number; content: UpdateContent }[],
  refused: (index: number, error: Error) => Error = (_index, error) => error,
): Promise<SaveResult[]> {
  const entries = await lockEntries(tx, user, saves.map((save) => save.entryId));
  const checked = saves.map((save, index) => {
    try {
      const entry = entries.get(save.entryId);
      if (!entry) throw new NotFoundError('Deze actie bestaat niet, of valt niet onder uw organisatie.');
      assertCan(user, 'update.save', entry.resource);
      assertBaseVersion(user, entry.currentUpdate!, save.baseVersion);
      return { ...save, entry, current: entry.currentUpdate!, changed: contentDiffers(entry.currentUpdate!, save.content) };
    } catch (error) {
      throw error instanceof Error ? refused(index, error) : error;
    }
  });
  const changed = checked.filter((save) => save.changed);
  const created = await tx.actionUpdate.createManyAndReturn({
    data: changed.map(({ entry, current, content }) => ({
      entryId: entry.id,
      version: current.version + 1,
      title: current.title,
      ...content,
      ...deadlineColumns(content.planning, entry.round.date),
      responsibleText: current.responsibleText,
      createdById: user.id,
    })),
    select: { id: true, entryId: true },
  });
  const createdFor = new Map(created.map((update) => [update.entryId, update.id]));
  const reviewStateOf = (entry: LockedEntry): ReviewState => (user.role === 'PARTNER_EDITOR' ? 'IN_PROGRESS' : entry.reviewState);
  if (changed.length > 0) {
    // Compare-and-set for all of them at once, as moveCurrent does for one.
    const count = await tx.$executeRaw`
      UPDATE action_entries e SET current_update_id = v.update_id, review_state = v.review_state::"ReviewState"
      FROM (SELECT unnest(${changed.map((s) => s.entry.id)}::int[]) AS id,
                   unnest(${changed.map((s) => createdFor.get(s.entry.id)!)}::int[]) AS update_id,
                   unnest(${changed.map((s) => s.current.id)}::int[]) AS expected_update_id,
                   unnest(${changed.map((s) => s.entry.reviewState)}::text[]) AS expected_review_state,
                   unnest(${changed.map((s) => reviewStateOf(s.entry))}::text[]) AS review_state) v
      WHERE e.id = v.id AND e.current_update_id = v.expected_update_id AND e.review_state::text = v.expected_review_state`;
    if (count !== changed.length) throw new ConflictError('Iemand anders heeft deze acties zojuist gewijzigd. Laad de pagina opnieuw.');
  }
  await recordEntryAudits(
    tx,
    changed.map(({ entry, current, content }) => ({
      actorId: user.id,
      permission: 'update.save' as const,
      entityType: 'entry' as const,
      entityId: entry.id,
      before: { version: current.version, status: current.status, result: current.result, planning: current.planning },
      after: { version: current.version + 1, ...content },
    })),
  );
  return checked.map((save) =>
    save.changed
      ? { version: save.current.version + 1, changed: true, reviewState: reviewStateOf(save.entry) }
      : { version: save.current.version, changed: false, reviewState: save.entry.reviewState },
  );
}

/**
 * Points the entry at its new version, only if it still points at the one the save started from
 * (compare-and-set; the row lock makes a mismatch impossible, this makes it impossible to miss).
 */
async function moveCurrent(
  tx: Tx,
  entryId: number,
  expectedUpdateId: number,
  expectedReviewState: ReviewState,
  data: { currentUpdateId: number; reviewState: ReviewState },
) {
  const { count } = await tx.actionEntry.updateMany({
    where: { id: entryId, currentUpdateId: expectedUpdateId, reviewState: expectedReviewState },
    data,
  });
  if (count !== 1) throw new ConflictError('Iemand anders heeft deze actie zojuist gewijzigd. Laad de pagina opnieuw.');
}
