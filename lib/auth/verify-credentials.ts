import 'server-only';
import { prisma } from '@/lib/db';
import { verifyPassword } from '@/lib/auth/password';
import { sessionUserSelect, type SessionUser } from '@/lib/auth/session-user';
import { claimSignInAttempt, markSignInSucceeded } from '@/lib/auth/sign-in-throttle';

export type CredentialsResult =
  | { ok: true; user: SessionUser }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

/**
 * Checks an e-mail address and password, slowed down after repeated failures (sign-in-throttle).
 * Says nothing about whether the account exists: an unknown address, a wrong password and an
 * inactive account are all "invalid", and take as long.
 */
export async function verifyCredentials(options: {
  email: string;
  password: string;
  ip: string;
  /** The id of a valid device cookie for this address (device-cookie.ts), if the browser has one. */
  device?: string | null;
  now?: Date;
}): Promise<CredentialsResult> {
  const now = options.now ?? new Date();
  const email = options.email.trim().toLowerCase();
  const { wait, attemptId } = await claimSignInAttempt({ email, ip: options.ip, device: options.device ?? null, now });
  if (attemptId === null) return { ok: false, reason: 'throttled', retryAfterSeconds: Math.ceil(wait / 1000) };

  const account = await prisma.user.findUnique({
    where: { email },
    select: { ...sessionUserSelect, passwordHash: true, active: true },
  });
  const passwordMatches = await verifyPassword(options.password, account?.passwordHash);
  const succeeded = passwordMatches && account !== null && account.active;
  if (!succeeded) return { ok: false, reason: 'invalid' };
  await markSignInSucceeded(attemptId);
  const { passwordHash: _hash, active: _active, ...user } = account;
  return { ok: true, user };
}
