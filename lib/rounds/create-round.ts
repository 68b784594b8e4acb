import 'server-only';
import { prisma } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertCan } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { dateToIsoDate, formatDutchDate, isoDateToDate } from '@/lib/dates';
import { NotFoundError, ValidationError } from '@/lib/errors';
import { slugify, uniqueSlug } from '@/lib/slug';
import { ROUND_STATE_LABELS } from '@/lib/rounds/round-states';

/**
 * A new reporting round of a plan, in concept. One round at a time: a plan with a round that is
 * not published yet gets no second one. Its date is not before the latest published round's: the
 * rounds of a plan follow each other.
 */
export async function createRound(options: { user: Actor; planId: number; title: string; date: string }) {
  const { user } = options;
  assertCan(user, 'round.create', null);
  return prisma.$transaction(async (tx) => {
    const plan = await tx.plan.findUnique({ where: { id: options.planId }, select: { id: true } });
    if (!plan) throw new NotFoundError('Dit plan bestaat niet.');
    const running = await tx.reportingRound.findFirst({
      where: { planId: plan.id, state: { not: 'PUBLISHED' } },
      select: { title: true, state: true },
    });
    if (running) {
      throw new ValidationError(
        `Dit plan heeft al een ronde die nog niet is gepubliceerd: ‘${running.title}’ (${ROUND_STATE_LABELS[running.state]}).`,
      );
    }
    const latestPublished = await tx.reportingRound.findFirst({
      where: { planId: plan.id, state: 'PUBLISHED' },
      orderBy: { date: 'desc' },
      select: { title: true, date: true },
    });
    if (latestPublished && dateToIsoDate(latestPublished.date) > options.date) {
      const message = `Kies ${formatDutchDate(latestPublished.date)} of later: dat is de datum van de laatst gepubliceerde ronde, ‘${latestPublished.title}’.`;
      throw new ValidationError(message, { date: [message] });
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
