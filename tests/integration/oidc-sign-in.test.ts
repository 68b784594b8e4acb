/** Single sign-on signs in only existing, active accounts, and only by an address the provider verified. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Account, Profile } from 'next-auth';
import { db, databaseUrl } from '../support/database-fixture';
import { createUser } from '../support/editing-factories';
import { truncateAll } from '../support/test-database';
import { authOptions } from '@/lib/auth/auth-options';
import { oidcProvider } from '@/lib/auth/oidc';

const account: Account = { provider: 'oidc', type: 'oauth', providerAccountId: 'sso-123' };

/** next-auth's signIn callback, as it runs after the provider's callback. */
async function ssoSignIn(profile: Profile & Record<string, unknown>) {
  const user = { id: 'sso-123', email: typeof profile.email === 'string' ? profile.email.toLowerCase() : null, name: profile.name ?? null };
  return authOptions().callbacks!.signIn!({ user, account, profile });
}

describe('signing in through OpenID Connect', () => {
  beforeEach(async () => {
    await truncateAll(databaseUrl);
  });

  it('signs in an active account whose address the provider verified', async () => {
    await createUser(db, { email: 'sso@jn.example' });
    expect(await ssoSignIn({ sub: 'sso-123', email: 'SSO@jn.example', email_verified: true })).toBe(true);
    expect(await ssoSignIn({ sub: 'sso-123', email: 'sso@jn.example', email_verified: 'true' })).toBe(true);
  });

  it('refuses an unverified address, even one that has an account here', async () => {
    await createUser(db, { email: 'sso@jn.example' });
    for (const email_verified of [false, 'false', undefined, null, 1]) {
      expect(await ssoSignIn({ sub: 'sso-123', email: 'sso@jn.example', email_verified }), String(email_verified)).toBe(
        '/inloggen?error=EmailNietBevestigd',
      );
    }
  });

  it('refuses a verified address without an active account', async () => {
    await createUser(db, { email: 'uit@jn.example', active: false });
    expect(await ssoSignIn({ sub: 'sso-1', email: 'uit@jn.example', email_verified: true })).toBe('/inloggen?error=GeenAccount');
    expect(await ssoSignIn({ sub: 'sso-2', email: 'nieuw@jn.example', email_verified: true })).toBe('/inloggen?error=GeenAccount');
  });

  it('takes no e-mail address from a profile that has not verified it', () => {
    const provider = oidcProvider({ issuer: 'https://sso.example', clientId: 'voortgang', clientSecret: 'geheim', name: 'SSO' });
    const profile = provider.type === 'oauth' ? provider.profile : undefined;
    expect(profile?.({ sub: 's', email: 'A@jn.example', email_verified: true }, {})).toMatchObject({ id: 's', email: 'a@jn.example' });
    expect(profile?.({ sub: 's', email: 'a@jn.example', email_verified: false }, {})).toMatchObject({ id: 's', email: null });
  });
});
