import 'server-only';
import { prisma } from '@/lib/db';
import type { Role } from '@/lib/generated/prisma/client';
import { recordAudit } from '@/lib/audit/record-audit';
import { endSessions } from '@/lib/auth/end-sessions';
import { assertCan } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { NotFoundError, ValidationError } from '@/lib/errors';

/**
 * Changes an account's name, role or organisation, or (de)activates it. Another role or
 * deactivation ends the account's sessions on every device (a stolen or shared session must not
 * outlive them). Ministry editors cannot lock themselves out. Passwords are never set here: the
 * person chooses one with an invitation or reset link, or on /account.
 */
export async function updateUser(options: {
  user: Actor;
  userId: number;
  name: string;
  role: Role;
  organisationId: number | null;
  active: boolean;
}) {
  const { user } = options;
  assertCan(user, 'user.edit', null);
  if (options.userId === user.id && (!options.active || options.role !== 'MINISTRY_EDITOR')) {
    const message = 'U kunt uw eigen account niet uitschakelen of een andere rol geven.';
    throw new ValidationError(message, { active: [message] });
  }
  return prisma.$transaction(async (tx) => {
    const select = { id: true, email: true, name: true, role: true, organisationId: true, active: true };
    const before = await tx.user.findUnique({ where: { id: options.userId }, select });
    if (!before) throw new NotFoundError('Dit account bestaat niet.');
    if (options.organisationId !== null && (await tx.organisation.count({ where: { id: options.organisationId } })) === 0) {
      throw new ValidationError('Kies een organisatie uit de lijst.', { organisationId: ['Kies een organisatie uit de lijst.'] });
    }
    const after = await tx.user.update({
      where: { id: before.id },
      data: { name: options.name, role: options.role, organisationId: options.organisationId, active: options.active },
      select,
    });
    if (after.role !== before.role || (before.active && !after.active)) await endSessions(tx, before.id);
    await recordAudit(tx, {
      actorId: user.id,
      permission: 'user.edit',
      entityType: 'user',
      entityId: before.id,
      before,
      after,
    });
    return after;
  });
}
