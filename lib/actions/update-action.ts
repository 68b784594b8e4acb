import 'server-only';
import { prisma } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertCan } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { assertOrganisationsExist, leadFirst, setResponsibilities } from '@/lib/actions/responsibilities';
import { retitleUnpublishedEntries } from '@/lib/actions/unpublished-entries';
import { NotFoundError } from '@/lib/errors';

/**
 * Renames an action, changes its description, its responsible organisations or which of them is
 * the trekker (`leadOrganisationId`; without it the first given leads). A round under way
 * takes the new title; published rounds keep the wording, description and organisations they were
 * published with (the description is copied onto their entries when a round is published).
 */
export async function updateAction(options: {
  user: Actor;
  actionId: number;
  title: string;
  description: string;
  organisationIds: number[];
  leadOrganisationId?: number;
}) {
  const { user } = options;
  assertCan(user, 'action.rename', null);
  return prisma.$transaction(async (tx) => {
    const found = await tx.action.findUnique({
      where: { id: options.actionId },
      select: { id: true, planId: true, title: true, description: true, responsibilities: { orderBy: { position: 'asc' }, select: { organisationId: true } } },
    });
    if (!found) throw new NotFoundError('Deze actie bestaat niet.');
    const organisationIds = leadFirst(options.organisationIds, options.leadOrganisationId);
    await assertOrganisationsExist(tx, organisationIds);
    const { responsibilities, planId, ...fields } = found;
    const previousIds = responsibilities.map((r) => r.organisationId);
    const before = { ...fields, organisationIds: previousIds, leadOrganisationId: previousIds[0] ?? null };
    const after = { id: found.id, title: options.title, description: options.description, organisationIds, leadOrganisationId: organisationIds[0] ?? null };
    await tx.action.update({ where: { id: found.id }, data: { title: options.title, description: options.description } });
    if (before.organisationIds.join() !== after.organisationIds.join()) {
      await setResponsibilities(tx, found.id, after.organisationIds);
    }
    if (before.title !== after.title) await retitleUnpublishedEntries(tx, user, { id: found.id, planId }, after.title);
    await recordAudit(tx, { actorId: user.id, permission: 'action.rename', entityType: 'action', entityId: found.id, before, after });
    return after;
  });
}
