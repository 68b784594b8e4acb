import 'server-only';
import { prisma } from '@/lib/db';
import { recordAudit, type Tx } from '@/lib/audit/record-audit';
import { assertCan } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { isoDateToDate } from '@/lib/dates';
import { ForbiddenError, isUniqueViolation, NotFoundError } from '@/lib/errors';
import type { Database } from '@/lib/prisma-client';
import { slugify, uniqueSlug } from '@/lib/slug';
import { assertNotBeforeLatestPublished } from '@/lib/rounds/assert-round-date';
import { ROUND_STATE_LABELS } from '@/lib/rounds/round-states';

/**
 * A new reporting round of a plan, in concept. One round at a time: a plan with a round that is
 * not published yet gets no second one. The plan's row is locked for update, so a second creation
 * at the same moment waits for the first and is then refused with its reason. Its date is not
 * before the latest published round's: the rounds of a plan follow each other.
 */
export async function createRound(options: { user: Actor; planId: number; title: string; date: string }) {
  const { user } = options;
  assertCan(user, 'round.create', null);
  try {
    return await prisma.$transaction((tx) => createRoundIn(tx, { ...options, actorId: user.id }));
  } catch (error) {
    // Another request created a round between the check and the insert; it has committed by now.
    if (isUniqueViolation(error)) throw (await runningRoundRefusal(prisma, options.planId)) ?? error;
    throw error;
  }
}

/**
 * createRound's body, in the caller's transaction, for a caller that checked `round.create` (the
 * bijlage import). `actorId` null: the command line.
 */
export async function createRoundIn(tx: Tx, options: { actorId: number | null; planId: number; title: string; date: string }) {
  const [plan] = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM plans WHERE id = ${options.planId} FOR UPDATE`;
  if (!plan) throw new NotFoundError('Dit plan bestaat niet.');
  const running = await runningRoundRefusal(tx, plan.id);
  if (running) throw running;
  await assertNotBeforeLatestPublished(tx, plan.id, options.date);
  const key = await uniqueSlug(slugify(options.title), async (candidate) =>
    (await tx.reportingRound.count({ where: { planId: plan.id, key: candidate } })) > 0,
  );
  const round = await tx.reportingRound.create({
    data: { planId: plan.id, key, title: options.title, date: isoDateToDate(options.date), state: 'DRAFT' },
    select: { id: true, key: true, title: true, date: true, state: true },
  });
  await recordAudit(tx, { actorId: options.actorId, permission: 'round.create', entityType: 'round', entityId: round.id, after: round });
  return round;
}

/** The refusal when the plan already has a round that is not published, naming it; null when it has none. */
export async function runningRoundRefusal(db: Tx | Database, planId: number): Promise<ForbiddenError | null> {
  const running = await db.reportingRound.findFirst({
    where: { planId, state: { not: 'PUBLISHED' } },
    select: { title: true, state: true },
  });
  if (!running) return null;
  return new ForbiddenError(
    `Dit plan heeft al een ronde die nog niet is gepubliceerd: ‘${running.title}’ (${ROUND_STATE_LABELS[running.state]}).`,
  );
}
