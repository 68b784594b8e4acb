import 'server-only';
import { prisma } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertCan, assertRoleMay } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { findPreviousUpdates, type PreviousUpdate } from '@/lib/rounds/find-previous-updates';
import { queueRoundOpenedMail } from '@/lib/mail/queue-round-mail';
import { lockRound } from '@/lib/rounds/lock-round';
import { currentPlacement } from '@/lib/rounds/plan-placement';

/**
 * Opens a round for input: every action that is still reported gets an entry, pre-filled with its
 * previous published update (version 1), so partners edit instead of retyping. New actions start
 * as "nog niet gestart" with empty texts. Its partner editors are mailed in the same transaction.
 */
export async function openRound(options: { user: Actor; roundId: number }): Promise<{ entryCount: number }> {
  const { user } = options;
  assertRoleMay(user, 'round.open');
  return prisma.$transaction(
    async (tx) => {
      const round = await lockRound(tx, options.roundId);
      assertCan(user, 'round.open', round);

      const existing = new Set(
        (await tx.actionEntry.findMany({ where: { roundId: round.id }, select: { actionId: true } })).map((e) => e.actionId),
      );
      const placement = (await currentPlacement(tx, round.planId)).filter((p) => !existing.has(p.actionId));
      const actionIds = placement.map((p) => p.actionId);
      const actions = await tx.action.findMany({ where: { id: { in: actionIds } }, select: { id: true, title: true } });
      const previous = await findPreviousUpdates(tx, round, actionIds);
      const titles = new Map(actions.map((a) => [a.id, a.title]));

      const entries = await tx.actionEntry.createManyAndReturn({
        data: placement.map((p) => ({ ...p, roundId: round.id })),
        select: { id: true, actionId: true },
      });
      const updates = await tx.actionUpdate.createManyAndReturn({
        data: entries.map((entry) => ({
          entryId: entry.id,
          version: 1,
          title: titles.get(entry.actionId)!,
          ...prefill(previous.get(entry.actionId)),
          createdById: user.id,
        })),
        select: { id: true, entryId: true },
      });
      for (const update of updates) {
        await tx.actionEntry.update({ where: { id: update.entryId }, data: { currentUpdateId: update.id } });
      }

      await tx.reportingRound.update({ where: { id: round.id }, data: { state: 'OPEN', openedAt: new Date() } });
      await recordAudit(tx, {
        actorId: user.id,
        permission: 'round.open',
        entityType: 'round',
        entityId: round.id,
        before: { state: round.state },
        after: { state: 'OPEN', entriesCreated: entries.length },
      });
      await queueRoundOpenedMail(tx, round.id);
      return { entryCount: entries.length };
    },
    { timeout: 60_000 },
  );
}

function prefill(previous: PreviousUpdate | undefined) {
  if (!previous) return { status: 'NOT_STARTED' as const, result: '', planning: '' };
  const { status, result, planning, deadlineStart, deadlineEnd } = previous.update;
  return { status, result, planning, deadlineStart, deadlineEnd };
}
