import type { Prisma, RoundState } from '@/lib/generated/prisma/client';
import { currentResponsibleSelect, deadlineOf, entryLineSelect, savedUpdateSelect } from '@/lib/actions/entry-select';
import type { EntryResource } from '@/lib/auth/permissions';
import { findDeadlineShift } from '@/lib/deadlines/deadline-shift';
import type { PreviousUpdate } from '@/lib/rounds/find-previous-updates';
import { entryThreadSelect, latestMinistryEdit, ministryEditsSelect, savedByMinistry, toThread } from '@/lib/review/entry-thread';

/** What an editor's views (workspace, review) read of an entry. */
export const editorEntrySelect = {
  id: true,
  roundId: true,
  reviewState: true,
  reviewComment: true,
  reviewedAt: true,
  reviewedBy: { select: { name: true } },
  line: entryLineSelect,
  action: { select: { id: true, title: true, responsibilities: currentResponsibleSelect } },
  currentUpdate: { select: savedUpdateSelect },
  comments: entryThreadSelect,
  updates: ministryEditsSelect,
} satisfies Prisma.ActionEntrySelect;

type EditorEntryRow = Prisma.ActionEntryGetPayload<{ select: typeof editorEntrySelect }>;

/** A plain object for the editor components: no Prisma types, dates as ISO strings. */
export function toEditorEntry(entry: EditorEntryRow, roundState: RoundState, previous: PreviousUpdate | undefined) {
  const current = entry.currentUpdate!;
  const previousDeadline = previous ? deadlineOf(previous.update) : null;
  const resource: EntryResource = {
    roundState,
    reviewState: entry.reviewState,
    responsibleOrganisationIds: entry.action.responsibilities.map((r) => r.organisationId),
  };
  return {
    id: entry.id,
    actionId: entry.action.id,
    title: current.title,
    line: entry.line,
    responsible: entry.action.responsibilities.map((r) => r.organisation),
    reviewState: entry.reviewState,
    reviewComment: entry.reviewComment,
    reviewedBy: entry.reviewedBy?.name ?? null,
    reviewedAt: entry.reviewedAt?.toISOString() ?? null,
    current: {
      version: current.version,
      status: current.status,
      result: current.result,
      planning: current.planning,
      deadline: deadlineOf(current),
      savedBy: current.createdBy?.name ?? null,
      savedAt: current.createdAt.toISOString(),
      savedByMinistry: savedByMinistry(current),
    },
    previous: previous
      ? {
          roundTitle: previous.round.title,
          status: previous.update.status,
          result: previous.update.result,
          planning: previous.update.planning,
          deadline: previousDeadline!,
        }
      : null,
    /** The termijnverschuiving against the latest published round before this one. */
    shift: findDeadlineShift(previousDeadline, deadlineOf(current)),
    resource,
    /** The return comments and answers, oldest first. */
    thread: toThread(entry.comments),
    /** *Bewerkt door het ministerie*: the newest version of this round the ministry saved. */
    ministryEdit: latestMinistryEdit(entry.updates),
  };
}

export type EditorEntry = ReturnType<typeof toEditorEntry>;
