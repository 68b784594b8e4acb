import 'server-only';
import { prisma } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertCan } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { codeTakenMeanwhile, findCodeConflict } from '@/lib/organisations/find-code-conflict';

export type OrganisationFields = { abbreviation: string; name: string; aliases: string[] };

/**
 * A new organisation. Its abbreviation and aliases must be free across all organisations, whatever
 * their case: the database holds that (organisation_codes), also for two creations at once.
 */
export async function createOrganisation(options: { user: Actor } & OrganisationFields) {
  const { user, ...fields } = options;
  assertCan(user, 'organisation.create', null);
  try {
    return await prisma.$transaction(async (tx) => {
      const conflict = await findCodeConflict(tx, fields);
      if (conflict) throw conflict;
      const organisation = await tx.organisation.create({ data: fields, select: { id: true, abbreviation: true, name: true, aliases: true } });
      await recordAudit(tx, { actorId: user.id, permission: 'organisation.create', entityType: 'organisation', entityId: organisation.id, after: organisation });
      return organisation;
    });
  } catch (error) {
    throw await codeTakenMeanwhile(error, fields);
  }
}
