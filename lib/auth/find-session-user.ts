import 'server-only';
import type { JWT } from 'next-auth/jwt';
import { prisma } from '@/lib/db';
import { SESSION_MAX_AGE_SECONDS } from '@/lib/auth/auth-environment';
import { sessionClaimsSchema } from '@/lib/auth/session-claims';
import { sessionUserSelect, type SessionUser } from '@/lib/auth/session-user';

/**
 * The account a decoded session token stands for, or null when that session has ended: the account
 * was deactivated, its sessions were ended since the token was issued (sign-out on any device, a new
 * password, another role: its session generation went up), or it signed in 8 hours ago or more,
 * however often the token was renewed since.
 */
export async function findSessionUser(options: { token: JWT | null; now: Date }): Promise<SessionUser | null> {
  const claims = sessionClaimsSchema.safeParse(options.token);
  if (!claims.success) return null;
  const { sub: id, generation, signedInAt } = claims.data;
  if (options.now.getTime() >= (signedInAt + SESSION_MAX_AGE_SECONDS) * 1000) return null;
  return prisma.user.findFirst({ where: { id, active: true, sessionGeneration: generation }, select: sessionUserSelect });
}
