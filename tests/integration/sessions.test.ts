/**
 * Sessions end when they should: sign-out (on every device), another role,
 * deactivation, and 8 hours after signing in however often they were renewed. Through next-auth's
 * real endpoints and the app's own session check, against Postgres. (A new password ends them too:
 * account-sessions.test.ts.)
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { createUser } from '../support/editing-factories';
import { NextAuthBrowser } from '../support/next-auth-client';
import { truncateAll } from '../support/test-database';
import { findSessionUser } from '@/lib/auth/find-session-user';
import { readSessionToken } from '@/lib/auth/read-session-token';
import { updateUser } from '@/lib/users/update-user';

const PASSWORD = 'een-goed-wachtwoord';
const HOUR = 3_600_000;

/** What getCurrentUser() answers for a request with this browser's cookies. */
async function currentUser(browser: NextAuthBrowser) {
  return findSessionUser({ token: await readSessionToken(browser.cookieHeader()), now: new Date() });
}

async function signedIn(email: string) {
  const browser = new NextAuthBrowser({ 'x-forwarded-for': '10.0.0.1' });
  expect(await browser.signIn(email, PASSWORD)).toEqual({ ok: true, error: null });
  return browser;
}

describe('ending sessions', () => {
  beforeEach(async () => {
    await truncateAll(databaseUrl);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('refuses a session token copied before sign-out, on the device that signed out and every other', async () => {
    const user = await createUser(db, { email: 'kopie@voorbeeld.nl' });
    const laptop = await signedIn(user.email);
    const copied = laptop.copy();
    const phone = await signedIn(user.email);
    expect(await copied.session()).toMatchObject({ user: { id: String(user.id), email: user.email } });
    expect(await currentUser(copied)).toEqual(user);

    await laptop.signOut();
    expect(laptop.cookieHeader()).not.toContain('session-token');
    expect(await copied.session()).toEqual({});
    expect(copied.cookieHeader()).not.toContain('session-token'); // and next-auth clears the cookie
    expect(await currentUser(laptop.copy())).toBeNull();
    expect(await phone.session()).toEqual({});

    const again = await signedIn(user.email);
    expect(await currentUser(again)).toEqual(user);
  });

  it('ends a session 8 hours after signing in, however often it was renewed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = new Date('2026-12-01T08:00:00Z');
    vi.setSystemTime(start);
    const user = await createUser(db, { email: 'lang@voorbeeld.nl' });
    const browser = await signedIn(user.email);
    for (const hours of [2, 4, 6, 7.9]) {
      vi.setSystemTime(start.getTime() + hours * HOUR);
      expect(await browser.session(), `${hours} uur`).toMatchObject({ user: { id: String(user.id) } });
    }
    const renewed = browser.copy();
    vi.setSystemTime(start.getTime() + 8 * HOUR);
    expect(await currentUser(renewed)).toBeNull();
    expect(await browser.session()).toEqual({});
  });

  it.each([
    ['another role', { role: 'MINISTRY_EDITOR' as const }],
    ['deactivation', { active: false }],
  ])('ends every session of an account on %s', async (_change, change) => {
    const ministry = await createUser(db, { role: 'MINISTRY_EDITOR' });
    const user = await createUser(db, { email: 'wijziging@voorbeeld.nl' });
    const [laptop, phone] = [await signedIn(user.email), await signedIn(user.email)];
    await updateUser({ user: ministry, userId: user.id, name: user.name, role: user.role, organisationId: null, active: true, ...change });
    for (const browser of [laptop, phone]) {
      expect(await browser.session()).toEqual({});
      expect(await currentUser(browser)).toBeNull();
    }
  });

  it('keeps the session of an account that only gets a new name, and shows that name', async () => {
    const ministry = await createUser(db, { role: 'MINISTRY_EDITOR' });
    const user = await createUser(db, { email: 'naam@voorbeeld.nl' });
    const browser = await signedIn(user.email);
    await updateUser({ user: ministry, userId: user.id, name: 'Nieuwe naam', role: user.role, organisationId: null, active: true });
    expect(await browser.session()).toMatchObject({ user: { id: String(user.id), name: 'Nieuwe naam' } });
    expect(await currentUser(browser)).toMatchObject({ id: user.id, name: 'Nieuwe naam' });
  });
});
