import 'server-only';
import { prisma } from '@/lib/db';
import type { AccountTokenPurpose } from '@/lib/generated/prisma/client';
import { hashAccountToken, isTokenUsable } from '@/lib/accounts/account-token';
import { TOKEN_PATTERN } from '@/lib/accounts/account-token-pattern';

/**
 * For the page a link opens: whose account it is, while the link can still be used (else null, for
 * an unknown, expired, used or revoked link alike). Reads only; the use itself decides again.
 */
export async function findUsableLink(options: { purpose: AccountTokenPurpose; token: string | undefined; now?: Date }) {
  if (!options.token || !TOKEN_PATTERN.test(options.token)) return null;
  const row = await prisma.accountToken.findUnique({
    where: { tokenHash: hashAccountToken(options.token) },
    select: { purpose: true, expiresAt: true, usedAt: true, revokedAt: true, user: { select: { email: true, name: true, active: true } } },
  });
  if (!row || row.purpose !== options.purpose || !row.user.active || !isTokenUsable(row, options.now ?? new Date())) return null;
  return { email: row.user.email, name: row.user.name };
}
