import 'server-only';
import { prisma } from '@/lib/db';
import { recordAudit, type Tx } from '@/lib/audit/record-audit';
import { assertCan } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { addToUnpublishedRounds } from '@/lib/actions/unpublished-entries';
import { assertOrganisationsExist, leadFirst, setResponsibilities } from '@/lib/actions/responsibilities';
import { NotFoundError, ValidationError } from '@/lib/errors';
import { lockLineForActions } from '@/lib/lines/lock-line-for-actions';
import { syncUnpublishedPlacements } from '@/lib/rounds/plan-placement';
import { slugify, uniqueSlug } from '@/lib/slug';

/**
 * A new action at the end of a line, with its responsible organisations and their trekker
 * (`leadOrganisationId`, one of them; without it the first given leads).
 * A round under way reports it too, starting empty.
 */
export async function createAction(options: NewAction & { user: Actor }) {
  const { user } = options;
  assertCan(user, 'action.create', null);
  return prisma.$transaction((tx) => createActionIn(tx, { ...options, actorId: user.id }));
}

export type NewAction = {
  planId: number;
  lineId: number;
  title: string;
  description: string;
  organisationIds: number[];
  leadOrganisationId?: number;
};

/**
 * createAction's body, in the caller's transaction, for a caller that checked `action.create`
 * (the bijlage import). `actorId` null: the command line.
 */
export async function createActionIn(tx: Tx, options: NewAction & { actorId: number | null }) {
  const locked = await lockLineForActions(tx, { lineId: options.lineId, planId: options.planId, field: 'lineId' });
  const line = locked && { id: locked.id, planId: options.planId };
  if (!line) {
    const planExists = (await tx.plan.count({ where: { id: options.planId } })) > 0;
    if (!planExists) throw new NotFoundError('Dit plan bestaat niet.');
    throw new ValidationError('Kies een actielijn van dit plan.', { lineId: ['Kies een actielijn van dit plan.'] });
  }
  const organisationIds = leadFirst(options.organisationIds, options.leadOrganisationId);
  await assertOrganisationsExist(tx, organisationIds);
  const key = await uniqueSlug(slugify(options.title, 50), async (candidate) =>
    (await tx.action.count({ where: { planId: line.planId, key: candidate } })) > 0,
  );
  const last = await tx.action.aggregate({ where: { lineId: line.id }, _max: { position: true } });
  const action = await tx.action.create({
    data: {
      planId: line.planId,
      lineId: line.id,
      key,
      title: options.title,
      description: options.description,
      position: (last._max.position ?? -1) + 1,
    },
    select: { id: true, planId: true, lineId: true, title: true, description: true, position: true },
  });
  // A new action has no organisations to replace; none given, nothing to write.
  if (organisationIds.length > 0) await setResponsibilities(tx, action.id, organisationIds);
  await addToUnpublishedRounds(tx, options.actorId, action);
  await syncUnpublishedPlacements(tx, line.planId);
  await recordAudit(tx, {
    actorId: options.actorId,
    permission: 'action.create',
    entityType: 'action',
    entityId: action.id,
    after: { ...action, organisationIds, leadOrganisationId: organisationIds[0] ?? null },
  });
  return action;
}
