/**
 * One's own account, against Postgres and through next-auth's real endpoints: a new password (with
 * a reset link, an invitation or on /account) ends every session, copied tokens included; changing
 * it needs the current password, checked and slowed down as a sign-in is; the reminder switch is
 * audited.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { linkIn, outbox } from '../support/account-links';
import { createUser } from '../support/editing-factories';
import { NextAuthBrowser } from '../support/next-auth-client';
import { addedRows, snapshotTables } from '../support/snapshot-tables';
import { truncateAll } from '../support/test-database';
import { changeOwnPassword, WRONG_CURRENT_PASSWORD } from '@/lib/accounts/change-own-password';
import { requestPasswordReset } from '@/lib/accounts/request-password-reset';
import { setOwnReminders } from '@/lib/accounts/set-own-reminders';
import { setPasswordWithLink } from '@/lib/accounts/set-password-with-link';
import { ValidationError } from '@/lib/errors';
import { createUser as inviteUser } from '@/lib/users/create-user';

const PASSWORD = 'een-goed-wachtwoord';
const NEW_PASSWORD = 'een-nieuw-wachtwoord';
const client = { ip: '10.0.5.1', device: null };

async function signedIn(email: string, password = PASSWORD) {
  const browser = new NextAuthBrowser({ 'x-forwarded-for': '10.0.5.1' });
  expect(await browser.signIn(email, password)).toEqual({ ok: true, error: null });
  return browser;
}

const failure = (call: Promise<unknown>) => call.then(() => null, (error: unknown) => error as Error);

describe('own account', () => {
  beforeEach(async () => {
    await truncateAll(databaseUrl);
  });

  it('a password reset ends every session, a copied token too, and the new password signs in', async () => {
    const user = await createUser(db, { email: 'reset@voorbeeld.nl' });
    const laptop = await signedIn(user.email);
    const copied = laptop.copy();
    expect(await copied.session()).toMatchObject({ user: { id: String(user.id) } });
    await requestPasswordReset({ email: user.email, ip: '10.0.5.1' });
    const { token } = linkIn((await outbox(db, 'account.password-reset'))[0]!.text);
    await setPasswordWithLink({ purpose: 'PASSWORD_RESET', token, password: NEW_PASSWORD });
    expect(await laptop.session()).toEqual({});
    expect(await copied.session()).toEqual({});
    expect((await new NextAuthBrowser({ 'x-forwarded-for': '10.0.5.1' }).signIn(user.email, PASSWORD)).ok).toBe(false);
    await signedIn(user.email, NEW_PASSWORD);
  });

  it('activating an invitation ends sessions too (the account’s generation moves on) and then signs in', async () => {
    const ministry = await createUser(db, { role: 'MINISTRY_EDITOR' });
    const account = await inviteUser({ user: ministry, email: 'uitgenodigd@voorbeeld.nl', name: 'Uitgenodigd', role: 'MINISTRY_EDITOR', organisationId: null });
    const generation = (await db.user.findUniqueOrThrow({ where: { id: account.id } })).sessionGeneration;
    const { token } = linkIn((await outbox(db, 'account.invitation'))[0]!.text);
    await setPasswordWithLink({ purpose: 'INVITATION', token, password: NEW_PASSWORD });
    expect((await db.user.findUniqueOrThrow({ where: { id: account.id } })).sessionGeneration).toBe(generation + 1);
    await signedIn(account.email, NEW_PASSWORD);
  });

  it('changing the password refuses a wrong current one (only the sign-in attempt is recorded), then slows down', async () => {
    const user = await createUser(db, { email: 'wijzig@voorbeeld.nl' });
    const hashOf = async () => (await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash;
    const originalHash = await hashOf();
    const before = await snapshotTables(db);
    const wrong = await failure(changeOwnPassword({ user, currentPassword: 'fout-wachtwoord', newPassword: NEW_PASSWORD, ...client }));
    expect(wrong).toBeInstanceOf(ValidationError);
    expect(wrong?.message).toBe(WRONG_CURRENT_PASSWORD);
    expect((wrong as ValidationError).fieldErrors).toEqual({ currentPassword: ['Uw huidige wachtwoord klopt niet.'] });
    const after = await snapshotTables(db);
    expect(addedRows(before, after, 'sign_in_attempts')).toMatchObject([{ email: user.email, succeeded: false }]);
    expect({ ...after, sign_in_attempts: [] }).toEqual({ ...before, sign_in_attempts: [] });

    for (let i = 0; i < 4; i++) await failure(changeOwnPassword({ user, currentPassword: `fout-${i}`, newPassword: NEW_PASSWORD, ...client }));
    const throttled = await failure(changeOwnPassword({ user, currentPassword: PASSWORD, newPassword: NEW_PASSWORD, ...client }));
    expect(throttled?.message).toMatch(/^Te veel mislukte pogingen\. Probeer het over \d+ seconden opnieuw\.$/);
    expect(await hashOf()).toBe(originalHash); // even the right password waits now
  });

  it('a changed password ends every session, this one included, and is audited without the password', async () => {
    const user = await createUser(db, { email: 'eigen@voorbeeld.nl' });
    const [here, elsewhere] = [await signedIn(user.email), await signedIn(user.email)];
    const copied = elsewhere.copy();
    const before = await snapshotTables(db);
    await changeOwnPassword({ user, currentPassword: PASSWORD, newPassword: NEW_PASSWORD, ...client });
    const audit = addedRows(before, await snapshotTables(db), 'audit_log');
    expect(audit).toMatchObject([{ permission: 'account.changePassword', actor_id: user.id, after: { passwordChanged: true } }]);
    expect(JSON.stringify(audit)).not.toContain(NEW_PASSWORD);
    for (const browser of [here, elsewhere, copied]) expect(await browser.session()).toEqual({});
    await signedIn(user.email, NEW_PASSWORD);
  });

  it('turns reminders off and on, audited with before and after', async () => {
    const user = await createUser(db);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).remindersEnabled).toBe(true);
    const before = await snapshotTables(db);
    expect(await setOwnReminders({ user, remindersEnabled: false })).toEqual({ remindersEnabled: false });
    const after = await snapshotTables(db);
    expect(addedRows(before, after, 'audit_log')).toMatchObject([
      { permission: 'account.setReminders', actor_id: user.id, before: { remindersEnabled: true }, after: { remindersEnabled: false } },
    ]);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).remindersEnabled).toBe(false);
    await setOwnReminders({ user, remindersEnabled: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).remindersEnabled).toBe(true);
  });
});
