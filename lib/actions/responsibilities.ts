import type { Tx } from '@/lib/audit/record-audit';
import { ValidationError } from '@/lib/errors';
import { LEAD_NOT_CHOSEN } from '@/lib/validation/plan-editing';

export async function assertOrganisationsExist(tx: Tx, organisationIds: number[]): Promise<void> {
  if (organisationIds.length === 0) return;
  const found = await tx.organisation.count({ where: { id: { in: organisationIds } } });
  if (found !== new Set(organisationIds).size) {
    throw new ValidationError('Kies organisaties uit de lijst.', { organisationIds: ['Kies organisaties uit de lijst.'] });
  }
}

/**
 * The chosen organisations in the order they are stored: the trekker (`leadOrganisationId`) first,
 * the others in the order given. Without a trekker the first given leads. A trekker that is not
 * one of the chosen is refused.
 */
export function leadFirst(organisationIds: number[], leadOrganisationId: number | undefined): number[] {
  const unique = [...new Set(organisationIds)];
  if (leadOrganisationId === undefined) return unique;
  if (!unique.includes(leadOrganisationId)) throw new ValidationError(LEAD_NOT_CHOSEN, { leadOrganisationId: [LEAD_NOT_CHOSEN] });
  return [leadOrganisationId, ...unique.filter((id) => id !== leadOrganisationId)];
}

/** Replaces an action's responsible organisations, in the given order (position 0 is the trekker). */
export async function setResponsibilities(tx: Tx, actionId: number, organisationIds: number[]): Promise<void> {
  const unique = [...new Set(organisationIds)];
  await tx.actionResponsibility.deleteMany({ where: { actionId } });
  await tx.actionResponsibility.createMany({
    data: unique.map((organisationId, position) => ({ actionId, organisationId, position })),
  });
}
