import 'server-only';
import { prisma } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertCan } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { isUniqueViolation, ValidationError } from '@/lib/errors';

export type OrganisationFields = { abbreviation: string; name: string; aliases: string[] };

export async function createOrganisation(options: { user: Actor } & OrganisationFields) {
  const { user, ...fields } = options;
  assertCan(user, 'organisation.create', null);
  try {
    return await prisma.$transaction(async (tx) => {
      const organisation = await tx.organisation.create({ data: fields, select: { id: true, abbreviation: true, name: true, aliases: true } });
      await recordAudit(tx, { actorId: user.id, action: 'organisation.create', entityType: 'organisation', entityId: organisation.id, after: organisation });
      return organisation;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateAbbreviation();
    throw error;
  }
}

export function duplicateAbbreviation() {
  const message = 'Er is al een organisatie met deze afkorting.';
  return new ValidationError(message, { abbreviation: [message] });
}
