import 'server-only';
import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { assertCan, can } from '@/lib/auth/permissions';
import { visibleEntriesWhere } from '@/lib/auth/visible-entries';
import type { Actor } from '@/lib/auth/session-user';
import { groupBy } from '@/lib/group-by';
import { dateToIsoDate } from '@/lib/dates';
import { findPreviousUpdates } from '@/lib/rounds/find-previous-updates';
import { editorEntrySelect, toEditorEntry } from '@/lib/updates/editor-entry';
import { findSharedEntryNotes } from '@/lib/updates/find-shared-entry-notes';

/**
 * A partner's workspace: per round that is open (or closed, awaiting publication), the entries of
 * the actions the partner's organisation is responsible for, each with the previous round's text
 * and what the partner may do with it now, who else is responsible, who saved last and what a
 * co-partner changed after the partner's organisation marked it ready; and the round's input deadline.
 */
export async function findWorkspace(options: { user: Actor }) {
  const { user } = options;
  assertCan(user, 'workspace.view', null);
  const entries = await prisma.actionEntry.findMany({
    where: { ...visibleEntriesWhere(user), round: { state: { in: ['OPEN', 'CLOSED'] } } },
    orderBy: [{ round: { date: 'desc' } }, { position: 'asc' }],
    select: { ...editorEntrySelect, round: { select: roundSelect } },
  });
  const byRound = groupBy(entries, (e) => e.roundId);
  return Promise.all(
    [...byRound.values()].map(async (roundEntries) => {
      const round = roundEntries[0]!.round;
      const previous = await findPreviousUpdates(prisma, round, roundEntries.map((e) => e.action.id));
      const rows = roundEntries.map((entry) => {
        const row = toEditorEntry(entry, round.state, previous.get(entry.action.id));
        return {
          ...row,
          canSave: can(user, 'update.save', row.resource),
          canMarkReady: can(user, 'update.markReady', row.resource),
          canAnswer: can(user, 'entry.answer', row.resource),
        };
      });
      const notes = await findSharedEntryNotes(prisma, user, rows);
      return {
        round: {
          id: round.id,
          title: round.title,
          state: round.state,
          date: dateToIsoDate(round.date),
          inputDeadline: round.inputDeadline?.toISOString() ?? null,
          plan: round.plan,
        },
        entries: rows.map((row) => ({ ...row, shared: notes.get(row.id) ?? null })),
        progress: {
          total: rows.length,
          updated: rows.filter((r) => r.reviewState !== 'NOT_STARTED').length,
          ready: rows.filter((r) => r.reviewState === 'READY_FOR_REVIEW').length,
          approved: rows.filter((r) => r.reviewState === 'APPROVED').length,
          returned: rows.filter((r) => r.reviewState === 'RETURNED').length,
        },
      };
    }),
  );
}

const roundSelect = {
  id: true,
  planId: true,
  title: true,
  date: true,
  state: true,
  inputDeadline: true,
  plan: { select: { slug: true, title: true } },
} satisfies Prisma.ReportingRoundSelect;

export type Workspace = Awaited<ReturnType<typeof findWorkspace>>;
export type WorkspaceEntry = Workspace[number]['entries'][number];
