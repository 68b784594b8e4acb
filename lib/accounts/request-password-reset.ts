import 'server-only';
import { prisma } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import { enqueueAccountMail } from '@/lib/accounts/account-mail';
import { issueAccountToken } from '@/lib/accounts/issue-account-token';

const HOUR = 3_600_000;

/** What "Wachtwoord vergeten?" answers, whether or not the address has an account (and when throttled). */
export const RESET_REQUESTED =
  'Als er een account bij dit e-mailadres hoort, is er nu een e-mail onderweg met een link om een nieuw wachtwoord te kiezen. De link is 1 uur geldig. Geen e-mail? Kijk ook bij de ongewenste e-mail, of vraag later opnieuw een link aan.';

/**
 * At most this many reset links an hour per e-mail address, and per network address (several people
 * behind one office address ask too, so that limit is higher).
 */
export const RESET_THROTTLE = { perEmailPerHour: 3, perAddressPerHour: 10 };

/**
 * "Wachtwoord vergeten?": mails a reset link to an active account that has a password or was
 * invited. The caller always gives the same answer, so nobody learns whether an address has an
 * account: a request that passes the throttle writes the same password_reset_requests row either
 * way, and only a real account gets, besides, its token, the mail and the audit line. Requests are
 * counted under a lock per address and per network address, so parallel ones queue.
 */
export async function requestPasswordReset(options: { email: string; ip: string; now?: Date }): Promise<void> {
  const now = options.now ?? new Date();
  const since = new Date(now.getTime() - HOUR);
  await prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`password-reset:${options.email}`}))`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`password-reset-ip:${options.ip}`}))`;
    await tx.passwordResetRequest.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - 24 * HOUR) } } });
    const [byEmail, byAddress] = await Promise.all([
      tx.passwordResetRequest.count({ where: { email: options.email, createdAt: { gt: since } } }),
      tx.passwordResetRequest.count({ where: { ip: options.ip, createdAt: { gt: since } } }),
    ]);
    if (byEmail >= RESET_THROTTLE.perEmailPerHour || byAddress >= RESET_THROTTLE.perAddressPerHour) return;
    await tx.passwordResetRequest.create({ data: { email: options.email, ip: options.ip, createdAt: now } });

    const account = await tx.user.findUnique({
      where: { email: options.email },
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        active: true,
        passwordHash: true,
        accountTokens: { where: { purpose: 'INVITATION' }, select: { id: true }, take: 1 },
      },
    });
    if (!account || !account.active || (account.passwordHash === null && account.accountTokens.length === 0)) return;
    const link = await issueAccountToken(tx, { userId: account.id, purpose: 'PASSWORD_RESET', createdById: null, now });
    await enqueueAccountMail(tx, { purpose: 'PASSWORD_RESET', tokenId: link.id, token: link.token, recipient: account });
    await recordAudit(tx, {
      actorId: null,
      permission: 'password.requestReset',
      entityType: 'user',
      entityId: account.id,
      after: { linkId: link.id, validUntil: link.expiresAt },
    });
  });
}
