import 'server-only';
import { prisma } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertCan, assertRoleMay } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { findPreviousUpdates, type PreviousUpdate } from '@/lib/rounds/find-previous-updates';
import { assertDeadlineAhead, inputDeadlineColumns, type InputDeadline } from '@/lib/rounds/input-deadline';
import { queueRoundOpenedMail } from '@/lib/mail/queue-round-mail';
import { lockRound } from '@/lib/rounds/lock-round';
import { currentPlacement } from '@/lib/rounds/plan-placement';
import { deadlineColumns } from '@/lib/updates/update-content';

/**
 * Opens a round for input: every action that is still reported gets an entry, pre-filled with its
 * previous published update (version 1), so partners edit instead of retyping. New actions start
 * as "nog niet gestart" with empty texts. The pre-filled planning text is read against this round's
 * date, as a save in this round would: "eind dit jaar" carried into a later round means that round's year.
 * The round gets its input deadline, which lies after today; its partner editors are mailed in the
 * same transaction.
 */
export async function openRound(options: { user: Actor; roundId: number; deadline: InputDeadline }): Promise<{ entryCount: number }> {
  const { user } = options;
  assertRoleMay(user, 'round.open');
  return prisma.$transaction(
    async (tx) => {
      const round = await lockRound(tx, options.roundId);
      assertCan(user, 'round.open', round);
      assertDeadlineAhead(options.deadline);

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
          ...prefill(previous.get(entry.actionId), round.date),
          createdById: user.id,
        })),
        select: { id: true, entryId: true },
      });
      for (const update of updates) {
        await tx.actionEntry.update({ where: { id: update.entryId }, data: { currentUpdateId: update.id } });
      }

      await tx.reportingRound.update({ where: { id: round.id }, data: { state: 'OPEN', openedAt: new Date(), ...inputDeadlineColumns(options.deadline) } });
      await recordAudit(tx, {
        actorId: user.id,
        permission: 'round.open',
        entityType: 'round',
        entityId: round.id,
        before: { state: round.state },
        after: { state: 'OPEN', entriesCreated: entries.length, ...inputDeadlineColumns(options.deadline) },
      });
      await queueRoundOpenedMail(tx, round.id);
      return { entryCount: entries.length };
    },
    { timeout: 60_000 },
  );
}

function prefill(previous: PreviousUpdate | undefined, roundDate: Date) {
  if (!previous) return { status: 'NOT_STARTED' as const, result: '', planning: '' };
  const { status, result, planning } = previous.update;
  return { status, result, planning, ...deadlineColumns(planning, roundDate) };
}
