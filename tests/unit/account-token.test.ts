import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashAccountToken, isTokenUsable, newAccountToken, tokenExpiry, tokenPath } from '@/lib/accounts/account-token';
import { TOKEN_PATTERN } from '@/lib/accounts/account-token-pattern';
import { can } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session-user';
import { changePasswordSchema, setPasswordWithLinkSchema } from '@/lib/validation/accounts';

const NOW = new Date('2026-12-02T09:00:00Z');

describe('one-time link tokens', () => {
  it('are 32 random bytes in base64url, stored as their SHA-256 in base64url', () => {
    const { token, tokenHash } = newAccountToken();
    expect(token).toMatch(TOKEN_PATTERN);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(tokenHash).toBe(createHash('sha256').update(token).digest('base64url'));
    expect(tokenHash).toBe(hashAccountToken(token));
    expect(tokenHash).not.toContain(token);
    expect(newAccountToken().token).not.toBe(token);
  });

  it('last an hour for a reset and seven days for an invitation', () => {
    expect(tokenExpiry('PASSWORD_RESET', NOW)).toEqual(new Date('2026-12-02T10:00:00Z'));
    expect(tokenExpiry('INVITATION', NOW)).toEqual(new Date('2026-12-09T09:00:00Z'));
  });

  it('are usable until they expire, are used or are revoked', () => {
    const fresh = { expiresAt: new Date(NOW.getTime() + 1), usedAt: null, revokedAt: null };
    expect(isTokenUsable(fresh, NOW)).toBe(true);
    expect(isTokenUsable({ ...fresh, expiresAt: NOW }, NOW)).toBe(false);
    expect(isTokenUsable({ ...fresh, usedAt: NOW }, NOW)).toBe(false);
    expect(isTokenUsable({ ...fresh, revokedAt: NOW }, NOW)).toBe(false);
  });

  it('open Dutch pages', () => {
    expect(tokenPath('INVITATION', 'abc')).toBe('/account/activeren?token=abc');
    expect(tokenPath('PASSWORD_RESET', 'abc')).toBe('/wachtwoord/herstellen?token=abc');
  });
});

describe('account schemas', () => {
  const token = 'x'.repeat(43);
  it('want a well-formed token and the same new password twice', () => {
    expect(setPasswordWithLinkSchema.parse({ token, password: 'twaalf-tekens', passwordRepeat: 'twaalf-tekens' })).toEqual({
      token,
      password: 'twaalf-tekens',
      passwordRepeat: 'twaalf-tekens',
    });
    const bad = setPasswordWithLinkSchema.safeParse({ token: `${token}!`, password: 'twaalf-tekens', passwordRepeat: 'anders' });
    expect(bad.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['token', 'Deze link is verlopen of al gebruikt. Vraag een nieuwe aan.'],
      ['passwordRepeat', 'De twee wachtwoorden zijn niet gelijk.'],
    ]);
    expect(changePasswordSchema.safeParse({ currentPassword: '', password: 'é'.repeat(40), passwordRepeat: 'é'.repeat(40) }).error?.issues.map((i) => i.message)).toEqual([
      'Vul uw huidige wachtwoord in.',
      'Een wachtwoord heeft hoogstens 72 tekens.',
    ]);
  });
});

describe('account permissions', () => {
  const partner: SessionUser = { id: 1, email: 'p@x.nl', name: 'P', role: 'PARTNER_EDITOR', organisationId: 2, organisation: null };
  it('let everyone signed in change their own password and reminders, and only the ministry invite', () => {
    expect(can(partner, 'account.changePassword', null)).toBe(true);
    expect(can(partner, 'account.setReminders', null)).toBe(true);
    expect(can(null, 'account.changePassword', null)).toBe(false);
    expect(can(partner, 'user.invite', null)).toBe(false);
    expect(can({ ...partner, role: 'MINISTRY_EDITOR', organisationId: null }, 'user.invite', null)).toBe(true);
  });
});
