import type { Prisma } from '@/lib/generated/prisma/client';
import { isMinistry } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';

const NOTHING: Prisma.ActionEntryWhereInput = { id: { in: [] } };

/** The entries of actions a partner's organisation is responsible for: the query form of `isResponsibleFor`. */
function partnerEntriesWhere(organisationId: number): Prisma.ActionEntryWhereInput {
  return { action: { responsibilities: { some: { organisationId } } } };
}

/**
 * Entries the user may see as an editor: every one for the ministry; a partner sees those of its
 * organisation's actions once a round is open (and after it is published, as everyone does), so a
 * change it may not make there is refused with its reason. Anything else is "not found".
 */
export function visibleEntriesWhere(user: Actor): Prisma.ActionEntryWhereInput {
  if (!user) return NOTHING;
  if (isMinistry(user)) return {};
  if (user.organisationId === null) return NOTHING;
  return { ...partnerEntriesWhere(user.organisationId), round: { state: { in: ['OPEN', 'CLOSED', 'PUBLISHED'] } } };
}
