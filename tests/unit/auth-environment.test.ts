/** Secrets come from the environment only; production refuses to run without them. */
import { describe, expect, it } from 'vitest';
import { authSecret, oidcSettings, productionAuthProblems, shouldUseSecureCookies } from '@/lib/auth/auth-environment';

const secret = 'x'.repeat(40);

describe('the sign-in configuration from the environment', () => {
  it('refuses a production server without NEXTAUTH_SECRET or NEXTAUTH_URL, with a clear message', () => {
    expect(() => authSecret({ NODE_ENV: 'production' })).toThrow(/NEXTAUTH_SECRET ontbreekt/);
    expect(() => authSecret({ NODE_ENV: 'production', NEXTAUTH_SECRET: 'kort', NEXTAUTH_URL: 'https://v.example' })).toThrow(
      /korter dan 32 tekens/,
    );
    expect(productionAuthProblems({ NEXTAUTH_SECRET: secret })).toEqual([expect.stringContaining('NEXTAUTH_URL ontbreekt')]);
    expect(authSecret({ NODE_ENV: 'production', NEXTAUTH_SECRET: secret, NEXTAUTH_URL: 'https://v.example' })).toBe(secret);
    expect(productionAuthProblems({ VOORTGANG_DEMO: '1' })).toEqual([]);
  });

  it('makes session cookies Secure in production, except in the demo and on a local http address', () => {
    expect(shouldUseSecureCookies({ NODE_ENV: 'production', NEXTAUTH_URL: 'https://voortgang.example.nl' })).toBe(true);
    expect(shouldUseSecureCookies({ NODE_ENV: 'production' })).toBe(true);
    expect(shouldUseSecureCookies({ NODE_ENV: 'production', NEXTAUTH_URL: 'http://voortgang.intern' })).toBe(true);
    expect(shouldUseSecureCookies({ NODE_ENV: 'production', NEXTAUTH_URL: 'http://127.0.0.1:3100' })).toBe(false);
    expect(shouldUseSecureCookies({ NODE_ENV: 'production', VOORTGANG_DEMO: '1' })).toBe(false);
    expect(shouldUseSecureCookies({ NODE_ENV: 'development' })).toBe(false);
  });

  it('offers OpenID Connect only when it is fully configured', () => {
    expect(oidcSettings({ OIDC_ISSUER: 'https://sso.example/' })).toBeNull();
    expect(oidcSettings({ OIDC_ISSUER: 'https://sso.example/', OIDC_CLIENT_ID: 'voortgang', OIDC_CLIENT_SECRET: 's' })).toEqual({
      issuer: 'https://sso.example',
      clientId: 'voortgang',
      clientSecret: 's',
      name: 'Inloggen met uw organisatieaccount',
    });
  });
});
