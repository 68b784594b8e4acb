import 'server-only';
import { prisma } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertCan } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { NotFoundError } from '@/lib/errors';
import type { OrganisationFields } from '@/lib/organisations/create-organisation';
import { codeTakenMeanwhile, findCodeConflict } from '@/lib/organisations/find-code-conflict';

export async function updateOrganisation(options: { user: Actor; organisationId: number } & OrganisationFields) {
  const { user, organisationId, ...fields } = options;
  assertCan(user, 'organisation.edit', null);
  try {
    return await prisma.$transaction(async (tx) => {
      const select = { id: true, abbreviation: true, name: true, aliases: true };
      const before = await tx.organisation.findUnique({ where: { id: organisationId }, select });
      if (!before) throw new NotFoundError('Deze organisatie bestaat niet.');
      const conflict = await findCodeConflict(tx, { ...fields, organisationId });
      if (conflict) throw conflict;
      const after = await tx.organisation.update({ where: { id: organisationId }, data: fields, select });
      await recordAudit(tx, { actorId: user.id, permission: 'organisation.edit', entityType: 'organisation', entityId: organisationId, before, after });
      return after;
    });
  } catch (error) {
    throw await codeTakenMeanwhile(error, { ...fields, organisationId });
  }
}
