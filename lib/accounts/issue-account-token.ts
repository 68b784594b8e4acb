import 'server-only';
import type { AccountTokenPurpose } from '@/lib/generated/prisma/client';
import type { Tx } from '@/lib/audit/record-audit';
import { newAccountToken, tokenExpiry } from '@/lib/accounts/account-token';

/**
 * Makes a new one-time link for an account, inside the caller's transaction, and revokes the
 * account's earlier unused links of the same purpose: only the newest invitation or reset works.
 * Returns the raw token, which goes into the mail's link and nowhere else.
 */
export async function issueAccountToken(
  tx: Tx,
  options: { userId: number; purpose: AccountTokenPurpose; createdById: number | null; now?: Date },
): Promise<{ id: number; token: string; expiresAt: Date }> {
  const now = options.now ?? new Date();
  await tx.accountToken.updateMany({
    where: { userId: options.userId, purpose: options.purpose, usedAt: null, revokedAt: null },
    data: { revokedAt: now },
  });
  const { token, tokenHash } = newAccountToken();
  const row = await tx.accountToken.create({
    data: {
      userId: options.userId,
      purpose: options.purpose,
      tokenHash,
      expiresAt: tokenExpiry(options.purpose, now),
      createdAt: now,
      createdById: options.createdById,
    },
    select: { id: true, expiresAt: true },
  });
  return { id: row.id, token, expiresAt: row.expiresAt };
}

/** After a new password every link still open for the account is worthless: revoke them all. */
export async function revokeAccountTokens(tx: Tx, userId: number): Promise<void> {
  await tx.accountToken.updateMany({ where: { userId, usedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
}
