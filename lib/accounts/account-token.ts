import { createHash, randomBytes } from 'node:crypto';
import type { AccountTokenPurpose } from '@/lib/generated/prisma/client';

/**
 * One-time links: 32 random bytes, base64url (43 characters), of which only the SHA-256 (base64url
 * too) is stored. A database dump therefore holds no usable link; the token itself is only in the
 * mail. Pure: no database.
 */

const HOUR = 3_600_000;

/**
 * How long a link stays usable. A password reset is asked for by the person who is about to use it:
 * one hour. An invitation arrives unannounced and is often read the next working day or after a
 * weekend, so it lasts seven days; it is single use too, and the ministry can send a new one.
 */
export const TOKEN_VALIDITY_MS: Record<AccountTokenPurpose, number> = {
  PASSWORD_RESET: HOUR,
  INVITATION: 7 * 24 * HOUR,
};

/** The validity in words, for the mail. */
export const TOKEN_VALIDITY_TEXT: Record<AccountTokenPurpose, string> = {
  PASSWORD_RESET: '1 uur',
  INVITATION: '7 dagen',
};

export function hashAccountToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('base64url');
}

/** A fresh token and the hash to store. */
export function newAccountToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashAccountToken(token) };
}

export function tokenExpiry(purpose: AccountTokenPurpose, now: Date): Date {
  return new Date(now.getTime() + TOKEN_VALIDITY_MS[purpose]);
}

/** Whether a stored token can still be used at `now`. The database's compare-and-set decides; this is for showing the page. */
export function isTokenUsable(row: { expiresAt: Date; usedAt: Date | null; revokedAt: Date | null }, now: Date): boolean {
  return row.usedAt === null && row.revokedAt === null && row.expiresAt.getTime() > now.getTime();
}

/** The page a link opens. Dutch paths; the token is the only parameter. */
export function tokenPath(purpose: AccountTokenPurpose, token: string): `/${string}` {
  const page = purpose === 'INVITATION' ? '/account/activeren' : '/wachtwoord/herstellen';
  return `${page}?token=${token}`;
}
