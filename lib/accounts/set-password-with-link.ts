import 'server-only';
import { prisma } from '@/lib/db';
import type { AccountTokenPurpose } from '@/lib/generated/prisma/client';
import { recordAudit } from '@/lib/audit/record-audit';
import { endSessions } from '@/lib/auth/end-sessions';
import { hashPassword } from '@/lib/auth/password';
import { hashAccountToken } from '@/lib/accounts/account-token';
import { revokeAccountTokens } from '@/lib/accounts/issue-account-token';
import { NotFoundError } from '@/lib/errors';
import { LINK_UNUSABLE } from '@/lib/validation/accounts';

/**
 * Sets an account's password with a one-time link: the invitation's first password, or a new one
 * after "Wachtwoord vergeten?". Using the link is a compare-and-set in the same transaction as the
 * new password, so of two uses at once exactly one wins; the other, like an expired, revoked,
 * unknown link or one of a deactivated account, gets LINK_UNUSABLE and changes nothing. Every other
 * open link of the account is revoked, every session ends, and the audit log says so (never the
 * password or the token).
 */
export async function setPasswordWithLink(options: { purpose: AccountTokenPurpose; token: string; password: string }) {
  const passwordHash = await hashPassword(options.password);
  const tokenHash = hashAccountToken(options.token);
  return prisma.$transaction(async (tx) => {
    const [used] = await tx.$queryRaw<{ id: number; user_id: number }[]>`
      UPDATE account_tokens t SET used_at = now()
      WHERE t.token_hash = ${tokenHash}
        AND t.purpose = ${options.purpose}::"AccountTokenPurpose"
        AND t.used_at IS NULL AND t.revoked_at IS NULL AND t.expires_at > now()
        AND EXISTS (SELECT 1 FROM users u WHERE u.id = t.user_id AND u.active)
      RETURNING t.id, t.user_id`;
    if (!used) throw new NotFoundError(LINK_UNUSABLE);
    const user = await tx.user.update({
      where: { id: used.user_id },
      data: { passwordHash },
      select: { id: true, email: true },
    });
    await revokeAccountTokens(tx, user.id);
    await endSessions(tx, user.id);
    await recordAudit(tx, {
      actorId: user.id,
      permission: options.purpose === 'INVITATION' ? 'account.activate' : 'password.reset',
      entityType: 'user',
      entityId: user.id,
      after: { passwordChanged: true, linkId: used.id },
    });
    return user;
  });
}
