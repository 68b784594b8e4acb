import type { Tx } from '@/lib/audit/record-audit';
import { ValidationError } from '@/lib/errors';

export async function assertOrganisationsExist(tx: Tx, organisationIds: number[]): Promise<void> {
  const found = await tx.organisation.count({ where: { id: { in: organisationIds } } });
  if (found !== new Set(organisationIds).size) {
    throw new ValidationError('Kies organisaties uit de lijst.', { organisationIds: ['Kies organisaties uit de lijst.'] });
  }
}

/** Replaces an action's responsible organisations, in the given order (the first is the lead). */
export async function setResponsibilities(tx: Tx, actionId: number, organisationIds: number[]): Promise<void> {
  const unique = [...new Set(organisationIds)];
  await tx.actionResponsibility.deleteMany({ where: { actionId } });
  await tx.actionResponsibility.createMany({
    data: unique.map((organisationId, position) => ({ actionId, organisationId, position })),
  });
}
