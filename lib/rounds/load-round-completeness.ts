import type { Tx } from '@/lib/audit/record-audit';
import { dateToIsoDate } from '@/lib/dates';
import type { RoundState } from '@/lib/generated/prisma/client';
import type { Database } from '@/lib/prisma-client';
import { countOpenItems, openItemsOf } from '@/lib/rounds/completeness';
import { findPreviousUpdates } from '@/lib/rounds/find-previous-updates';
import { editorEntrySelect, toEditorEntry } from '@/lib/updates/editor-entry';

/**
 * Every entry of a round with its open items (lib/rounds/completeness.ts) and the counts per
 * category, in three queries whatever the round's size: the dashboard reads it, and the publication
 * reads it again inside its transaction, after locking the round.
 */
export async function loadRoundCompleteness(
  db: Tx | Database,
  round: { id: number; planId: number; date: Date; state: RoundState },
) {
  const rows = await db.actionEntry.findMany({
    where: { roundId: round.id, currentUpdateId: { not: null } },
    orderBy: [{ line: { code: 'asc' } }, { position: 'asc' }],
    select: { ...editorEntrySelect, action: { select: { ...editorEntrySelect.action.select, discontinuedAt: true } } },
  });
  const previous = await findPreviousUpdates(db, round, rows.map((row) => row.action.id));
  const roundDate = dateToIsoDate(round.date);
  const entries = rows.map((row) => {
    const entry = toEditorEntry(row, round.state, previous.get(row.action.id));
    const discontinued = row.action.discontinuedAt !== null;
    return { ...entry, discontinued, openItems: openItemsOf({ ...entry, discontinued }, roundDate) };
  });
  return { entries, counts: countOpenItems(entries.map((entry) => entry.openItems)) };
}

export type CompletenessEntry = Awaited<ReturnType<typeof loadRoundCompleteness>>['entries'][number];
