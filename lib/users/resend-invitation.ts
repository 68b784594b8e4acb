import 'server-only';
import { prisma } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertCan } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { enqueueAccountMail } from '@/lib/accounts/account-mail';
import { issueAccountToken } from '@/lib/accounts/issue-account-token';
import { NotFoundError, ValidationError } from '@/lib/errors';

export const ALREADY_ACTIVATED = 'Dit account is al geactiveerd. Een nieuw wachtwoord vraagt de gebruiker zelf aan met ‘Wachtwoord vergeten?’.';
export const ACCOUNT_DISABLED = 'Dit account is uitgeschakeld. Schakel het eerst weer in.';

/**
 * Sends a new invitation to an account that has not chosen a password yet: a new one-time link
 * (earlier invitations stop working) and its mail, in one transaction, audited.
 */
export async function resendInvitation(options: { user: Actor; userId: number }) {
  const { user } = options;
  assertCan(user, 'user.invite', null);
  return prisma.$transaction(async (tx) => {
    const account = await tx.user.findUnique({
      where: { id: options.userId },
      select: { id: true, email: true, name: true, role: true, active: true, passwordHash: true },
    });
    if (!account) throw new NotFoundError('Dit account bestaat niet.');
    if (account.passwordHash !== null) throw new ValidationError(ALREADY_ACTIVATED);
    if (!account.active) throw new ValidationError(ACCOUNT_DISABLED);
    const link = await issueAccountToken(tx, { userId: account.id, purpose: 'INVITATION', createdById: user.id });
    await enqueueAccountMail(tx, { purpose: 'INVITATION', tokenId: link.id, token: link.token, recipient: account, invitedBy: user.name });
    await recordAudit(tx, {
      actorId: user.id,
      permission: 'user.invite',
      entityType: 'user',
      entityId: account.id,
      after: { linkId: link.id, validUntil: link.expiresAt },
    });
    return { email: account.email };
  });
}
