/**
 * Device cookies (OWASP): an attacker's failed guesses for an address must not lock the owner out.
 * Through next-auth's real credentials callback, which reads the browser's cookies, against Postgres.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { createUser } from '../support/editing-factories';
import { NextAuthBrowser } from '../support/next-auth-client';
import { truncateAll } from '../support/test-database';
import { authSecret } from '@/lib/auth/auth-environment';
import { deviceCookieName, newDeviceCookieValue } from '@/lib/auth/device-cookie';
import { THROTTLE } from '@/lib/auth/sign-in-throttle';
import { verifyCredentials } from '@/lib/auth/verify-credentials';

const PASSWORD = 'een-goed-wachtwoord';
const THROTTLED = /^TeVeelPogingen:\d+$/;

function browserWithDevice(cookie: string | null, ip: string) {
  const browser = new NextAuthBrowser({ 'x-forwarded-for': ip });
  if (cookie !== null) browser.cookies.set(deviceCookieName(false), cookie);
  return browser;
}

const attempts = () => db.signInAttempt.findMany({ orderBy: { id: 'asc' } });

describe('device cookies', () => {
  beforeEach(async () => {
    await truncateAll(databaseUrl);
  });

  it('lets the owner’s browser sign in at once after an attacker’s failures; unknown, forged and other accounts’ cookies wait', async () => {
    const owner = await createUser(db, { email: 'eigenaar@voorbeeld.nl' });
    await createUser(db, { email: 'ander@voorbeeld.nl' });
    const ownersCookie = newDeviceCookieValue({ email: owner.email, secret: authSecret() });

    for (let i = 0; i < THROTTLE.freeFailuresPerAccount; i++) {
      expect(await browserWithDevice(null, `198.51.100.${i}`).signIn(owner.email, `geraden-${i}`)).toEqual({ ok: false, error: 'CredentialsSignin' });
    }
    const refusals = [
      ['no device cookie', null],
      ['a forged device cookie', `${ownersCookie.slice(0, -2)}xx`],
      ['a device cookie with a forged address', `${Buffer.from('ander@voorbeeld.nl').toString('base64url')}.${ownersCookie.split('.').slice(1).join('.')}`],
      ['another account’s device cookie', newDeviceCookieValue({ email: 'ander@voorbeeld.nl', secret: authSecret() })],
      ['a cookie signed with another secret', newDeviceCookieValue({ email: owner.email, secret: 'een-ander-geheim-een-ander-geheim-xx' })],
    ] as const;
    for (const [kind, cookie] of refusals) {
      const before = await attempts();
      const result = await browserWithDevice(cookie, '203.0.113.9').signIn(owner.email, PASSWORD);
      expect(result.ok, kind).toBe(false);
      expect(result.error, kind).toMatch(THROTTLED);
      expect(await attempts(), kind).toEqual(before);
    }

    const ownersBrowser = browserWithDevice(ownersCookie, '203.0.113.10');
    expect(await ownersBrowser.signIn(owner.email, PASSWORD)).toEqual({ ok: true, error: null });
    expect(await ownersBrowser.session()).toMatchObject({ user: { id: String(owner.id) } });
    // The owner's success does not clear the attacker's count: unknown browsers still wait.
    expect((await browserWithDevice(null, '203.0.113.11').signIn(owner.email, PASSWORD)).error).toMatch(THROTTLED);
  });

  it('slows down a known browser after its own failures, without the limit of its network address', async () => {
    const owner = await createUser(db, { email: 'eigen@voorbeeld.nl' });
    const device = 'apparaat-1';
    const now = new Date();
    const at = (ms: number) => new Date(now.getTime() + ms);
    for (let i = 0; i < THROTTLE.freeFailuresPerAddress; i++) {
      await verifyCredentials({ email: `iemand${i}@voorbeeld.nl`, password: 'fout', ip: '192.0.2.1', now: at(i) });
    }
    expect(await verifyCredentials({ email: owner.email, password: PASSWORD, ip: '192.0.2.1', now: at(100) })).toMatchObject({ reason: 'throttled' });
    expect((await verifyCredentials({ email: owner.email, password: PASSWORD, ip: '192.0.2.1', device, now: at(101) })).ok).toBe(true);

    for (let i = 0; i < THROTTLE.freeFailuresPerAccount; i++) {
      expect(await verifyCredentials({ email: owner.email, password: 'fout', ip: '192.0.2.1', device, now: at(200 + i) })).toEqual({ ok: false, reason: 'invalid' });
    }
    expect(await verifyCredentials({ email: owner.email, password: PASSWORD, ip: '192.0.2.1', device, now: at(300) })).toMatchObject({
      reason: 'throttled',
      retryAfterSeconds: 30,
    });
    expect((await verifyCredentials({ email: owner.email, password: PASSWORD, ip: '198.51.100.7', device: 'apparaat-2', now: at(301) })).ok).toBe(true);
  });
});
