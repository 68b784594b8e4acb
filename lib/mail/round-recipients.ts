import type { Tx } from '@/lib/audit/record-audit';
import type { ReviewState } from '@/lib/generated/prisma/client';

export type RoundAction = { entryId: number; title: string; reviewState: ReviewState };
export type Recipient = { id: number; email: string; name: string };
export type PartnerRecipient = Recipient & { remindersEnabled: boolean; actions: RoundAction[] };

/** Entries that still need the partner: not yet marked ready, not approved. */
export function isNotReady(action: RoundAction): boolean {
  return action.reviewState !== 'READY_FOR_REVIEW' && action.reviewState !== 'APPROVED';
}

/**
 * The active partner editors whose organisation is responsible for at least one action in the round,
 * each with those actions (in the round's order).
 */
export async function findRoundPartners(tx: Tx, roundId: number): Promise<PartnerRecipient[]> {
  const entries = await tx.actionEntry.findMany({
    where: { roundId },
    orderBy: [{ lineId: 'asc' }, { position: 'asc' }],
    select: { id: true, reviewState: true, action: { select: { title: true, responsibilities: { select: { organisationId: true } } } } },
  });
  const byOrganisation = new Map<number, RoundAction[]>();
  for (const entry of entries) {
    for (const { organisationId } of entry.action.responsibilities) {
      const list = byOrganisation.get(organisationId) ?? [];
      list.push({ entryId: entry.id, title: entry.action.title, reviewState: entry.reviewState });
      byOrganisation.set(organisationId, list);
    }
  }
  const users = await tx.user.findMany({
    where: { active: true, role: 'PARTNER_EDITOR', organisationId: { in: [...byOrganisation.keys()] } },
    orderBy: { id: 'asc' },
    select: { id: true, email: true, name: true, remindersEnabled: true, organisationId: true },
  });
  return users.map(({ organisationId, ...user }) => ({ ...user, actions: byOrganisation.get(organisationId!) ?? [] }));
}

/** The active partner editors of the organisations responsible for one action. */
export async function findActionPartners(tx: Tx, actionId: number): Promise<Recipient[]> {
  return tx.user.findMany({
    where: { active: true, role: 'PARTNER_EDITOR', organisation: { responsibilities: { some: { actionId } } } },
    orderBy: { id: 'asc' },
    select: { id: true, email: true, name: true },
  });
}

/** The active ministry editors. */
export async function findMinistryEditors(tx: Tx): Promise<Recipient[]> {
  return tx.user.findMany({
    where: { active: true, role: 'MINISTRY_EDITOR' },
    orderBy: { id: 'asc' },
    select: { id: true, email: true, name: true },
  });
}
