import 'server-only';
import { prisma } from '@/lib/db';
import type { Tx } from '@/lib/audit/record-audit';
import { assertCan } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { createActionsIn, type NewAction } from '@/lib/actions/create-actions';

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

export type { NewAction };

/**
 * createAction's body, in the caller's transaction, for a caller that checked `action.create`:
 * createActionsIn with one action. `actorId` null: the command line.
 */
export async function createActionIn(tx: Tx, options: NewAction & { actorId: number | null }) {
  const { actorId, ...action } = options;
  const [created] = await createActionsIn(tx, { actorId, actions: [action] });
  return created!;
}
