import 'server-only';
import { prisma } from '@/lib/db';
import { deadlineOf, savedUpdateSelect } from '@/lib/actions/entry-select';
import { can } from '@/lib/auth/permissions';
import { visibleEntriesWhere } from '@/lib/auth/visible-entries';
import type { Actor } from '@/lib/auth/session-user';
import { dateToIsoDate } from '@/lib/dates';
import { savedByMinistry } from '@/lib/review/entry-thread';
import { findPreviousUpdates } from '@/lib/rounds/find-previous-updates';
import { compareVersions } from '@/lib/updates/compare-versions';
import { editorEntrySelect, toEditorEntry } from '@/lib/updates/editor-entry';

/**
 * One entry for editing and review, with every saved version (who, when, what), newest first, its
 * thread, and two versions compared word by word (`compare`: the ones asked for, else the previous
 * against the current). Null when it does not exist or the user may not see it.
 */
export async function findEntryForEditing(options: {
  user: Actor;
  entryId: number;
  compare?: { from?: number; to?: number; invalid?: boolean };
}) {
  const { user } = options;
  const entry = await prisma.actionEntry.findFirst({
    where: { id: options.entryId, currentUpdateId: { not: null }, ...visibleEntriesWhere(user) },
    select: {
      ...editorEntrySelect,
      round: { select: { id: true, planId: true, title: true, date: true, state: true, plan: { select: { title: true } } } },
      updates: { orderBy: { version: 'desc' }, select: savedUpdateSelect },
    },
  });
  if (!entry) return null;
  const { round, updates } = entry;
  const previous = await findPreviousUpdates(prisma, round, [entry.action.id]);
  const row = toEditorEntry(entry, round.state, previous.get(entry.action.id));
  return {
    entry: {
      ...row,
      canSave: can(user, 'update.save', row.resource),
      canMarkReady: can(user, 'update.markReady', row.resource),
      canApprove: can(user, 'entry.approve', row.resource),
      canReturn: can(user, 'entry.return', row.resource),
      canUndoReview: can(user, 'entry.undoReview', row.resource),
    },
    round: { id: round.id, title: round.title, state: round.state, date: dateToIsoDate(round.date), planTitle: round.plan.title },
    versions: updates.map((u) => ({
      version: u.version,
      status: u.status,
      result: u.result,
      planning: u.planning,
      deadline: deadlineOf(u),
      savedBy: u.createdBy?.name ?? null,
      savedByMinistry: savedByMinistry(u),
      savedAt: u.createdAt.toISOString(),
    })),
    comparison: compareVersions(updates, options.compare ?? {}),
  };
}
