import 'server-only';
import { prisma } from '@/lib/db';
import { assertCan, assertRoleMay } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { lockEntry } from '@/lib/updates/lock-entry';
import { writeApproval } from '@/lib/review/approve-entry';

export type SelectedEntry = { entryId: number; version: number };
export type BulkApprovalOutcome = {
  approved: { entryId: number; title: string; version: number }[];
  /** Left as they were, each with the Dutch reason. */
  skipped: { entryId: number; title: string; reason: string }[];
};

/**
 * The ministry approves a selection of entries, each as it read it. One that was saved again since
 * (another version than the one on the reviewer's screen) or was approved already is skipped and
 * reported by its title; the others are approved and audited one by one, in one transaction. Entries
 * are locked in id order, so two selections that overlap wait for each other instead of deadlocking.
 * A selection the user may not approve at all (a partner, a round that is not open or closed) is
 * refused as a whole.
 */
export async function approveEntries(options: { user: Actor; entries: SelectedEntry[] }): Promise<BulkApprovalOutcome> {
  const { user } = options;
  assertRoleMay(user, 'entry.approve');
  const seen = new Map(options.entries.map((e) => [e.entryId, e.version]));
  const selection = [...seen].sort(([a], [b]) => a - b);
  return prisma.$transaction(async (tx) => {
    const outcome: BulkApprovalOutcome = { approved: [], skipped: [] };
    for (const [entryId, version] of selection) {
      const entry = await lockEntry(tx, user, entryId);
      const current = entry.currentUpdate!;
      // A round that takes no approvals refuses the selection whole, before anything is skipped.
      assertCan(user, 'entry.approve', { ...entry.resource, reviewState: 'READY_FOR_REVIEW' });
      if (current.version !== version) {
        const reason = `‘${current.title}’ is intussen gewijzigd (versie ${current.version}); niet goedgekeurd.`;
        outcome.skipped.push({ entryId, title: current.title, reason });
        continue;
      }
      if (entry.reviewState === 'APPROVED') {
        outcome.skipped.push({ entryId, title: current.title, reason: `‘${current.title}’ was al goedgekeurd.` });
        continue;
      }
      assertCan(user, 'entry.approve', entry.resource);
      await writeApproval(tx, user, entry, version);
      outcome.approved.push({ entryId, title: current.title, version });
    }
    return outcome;
  });
}
