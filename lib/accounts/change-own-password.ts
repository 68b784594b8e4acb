import 'server-only';
import { prisma } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import { endSessions } from '@/lib/auth/end-sessions';
import { hashPassword } from '@/lib/auth/password';
import { assertCan } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { signInErrorMessage, THROTTLED_ERROR_PREFIX } from '@/lib/auth/sign-in-messages';
import { verifyCredentials } from '@/lib/auth/verify-credentials';
import { revokeAccountTokens } from '@/lib/accounts/issue-account-token';
import { ValidationError } from '@/lib/errors';

export const WRONG_CURRENT_PASSWORD = 'Uw huidige wachtwoord klopt niet.';

/**
 * A signed-in person changes their own password. The current password is checked as a sign-in is,
 * slowed down by the same throttle (per device cookie, else per account and network address), so
 * a borrowed session cannot be used to guess it. Afterwards every session of the account ends, this
 * one included: the person signs in again with the new password. Open reset links are revoked.
 */
export async function changeOwnPassword(options: {
  user: Actor;
  currentPassword: string;
  newPassword: string;
  ip: string;
  device: string | null;
}) {
  const { user } = options;
  assertCan(user, 'account.changePassword', null);
  const check = await verifyCredentials({ email: user.email, password: options.currentPassword, ip: options.ip, device: options.device });
  if (!check.ok) {
    const message =
      check.reason === 'throttled' ? signInErrorMessage(`${THROTTLED_ERROR_PREFIX}${check.retryAfterSeconds}`)! : WRONG_CURRENT_PASSWORD;
    throw new ValidationError(message, { currentPassword: [message] });
  }
  const passwordHash = await hashPassword(options.newPassword);
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await revokeAccountTokens(tx, user.id);
    await endSessions(tx, user.id);
    await recordAudit(tx, {
      actorId: user.id,
      permission: 'account.changePassword',
      entityType: 'user',
      entityId: user.id,
      after: { passwordChanged: true },
    });
  });
}
