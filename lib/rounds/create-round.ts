import 'server-only';
import { prisma } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertCan } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { isoDateToDate } from '@/lib/dates';
import { ForbiddenError, NotFoundError } from '@/lib/errors';
import { slugify, uniqueSlug } from '@/lib/slug';
import { ROUND_STATE_LABELS } from '@/lib/rounds/round-states';

/**
 * A new reporting round of a plan, in concept. One round at a time: a plan with a round that is
 * not published yet gets no second one. The plan's row is locked for update, so a second creation
 * at the same moment waits for the first and is then refused with its reason.
 */
export async function createRound(options: { user: Actor; planId: number; title: string; date: string }) {
  const { user } = options;
  assertCan(user, 'round.create', null);
  return prisma.$transaction(async (tx) => {
    const [plan] = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM plans WHERE id = ${options.planId} FOR UPDATE`;
    if (!plan) throw new NotFoundError('Dit plan bestaat niet.');
    const running = await tx.reportingRound.findFirst({
      where: { planId: plan.id, state: { not: 'PUBLISHED' } },
      select: { title: true, state: true },
    });
    if (running) {
      throw new ForbiddenError(
        `Dit plan heeft al een ronde die nog niet is gepubliceerd: ‘${running.title}’ (${ROUND_STATE_LABELS[running.state]}).`,
      );
    }
    const key = await uniqueSlug(slugify(options.title), async (candidate) =>
      (await tx.reportingRound.count({ where: { planId: plan.id, key: candidate } })) > 0,
    );
    const round = await tx.reportingRound.create({
      data: { planId: plan.id, key, title: options.title, date: isoDateToDate(options.date), state: 'DRAFT' },
      select: { id: true, key: true, title: true, date: true, state: true },
    });
    await recordAudit(tx, { actorId: user.id, action: 'round.create', entityType: 'round', entityId: round.id, after: round });
    return round;
  });
}
