import 'server-only';
import { prisma } from '@/lib/db';
import { assertCan } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';

/**
 * Every account (never a password hash), ministry first, then per organisation; for an account
 * that has not chosen a password yet, until when its newest invitation works.
 */
export async function findUsers(options: { user: Actor }) {
  assertCan(options.user, 'user.edit', null);
  const [users, withoutPassword] = await Promise.all([
    prisma.user.findMany({
      orderBy: [{ role: 'asc' }, { organisation: { abbreviation: 'asc' } }, { name: 'asc' }],
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        active: true,
        organisationId: true,
        organisation: { select: { abbreviation: true } },
      },
    }),
    prisma.user.findMany({
      where: { passwordHash: null },
      select: {
        id: true,
        accountTokens: {
          where: { purpose: 'INVITATION' },
          orderBy: { createdAt: 'desc' },
          take: 1,
          select: { expiresAt: true },
        },
      },
    }),
  ]);
  const now = Date.now();
  const invitations = new Map(withoutPassword.map((account) => [account.id, account.accountTokens[0] ?? null]));
  return users.map((account) => {
    const invitation = invitations.get(account.id);
    return {
      ...account,
      /** undefined: the account has a password; null: no password and never invited (SSO only). */
      invitation: invitation === undefined ? undefined : invitation && { expiresAt: invitation.expiresAt, expired: invitation.expiresAt.getTime() <= now },
    };
  });
}
