import 'server-only';
import { prisma } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertCan, assertRoleMay } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { dateToIsoDate } from '@/lib/dates';
import { ForbiddenError } from '@/lib/errors';
import { lockRound } from '@/lib/rounds/lock-round';

const HAS_ENTRIES = 'Deze ronde heeft al acties met een stand van zaken; die blijven bewaard, dus zij kan niet worden verwijderd.';

/**
 * Deletes a round in concept, so the plan can have another one (a plan has one unpublished round at
 * a time). A concept has no entries (they are made when it opens; one that has them anyway is
 * refused, since their versions are append-only) and nothing published; its line introductions,
 * if any were written, go with it. The audit log keeps what it was.
 */
export async function deleteRound(options: { user: Actor; roundId: number }): Promise<{ planId: number }> {
  const { user } = options;
  assertRoleMay(user, 'round.delete');
  return prisma.$transaction(async (tx) => {
    const round = await lockRound(tx, options.roundId);
    assertCan(user, 'round.delete', round);
    // Only a round that was opened has entries, and their versions are history that is never removed.
    if ((await tx.actionEntry.count({ where: { roundId: round.id } })) > 0) throw new ForbiddenError(HAS_ENTRIES);
    const intros = await tx.roundLineIntro.deleteMany({ where: { roundId: round.id } });
    await tx.reportingRound.delete({ where: { id: round.id } });
    await recordAudit(tx, {
      actorId: user.id,
      permission: 'round.delete',
      entityType: 'round',
      entityId: round.id,
      before: { planId: round.planId, key: round.key, title: round.title, date: dateToIsoDate(round.date), state: round.state, lineIntros: intros.count },
      after: null,
      belongsTo: { planId: round.planId, roundId: round.id },
    });
    return { planId: round.planId };
  });
}
