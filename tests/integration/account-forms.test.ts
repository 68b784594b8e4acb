/**
 * The account form handlers as a browser calls them, with forged forms: Dutch messages next to the
 * fields, control characters and unusable links refused, nothing changed; "Wachtwoord vergeten?"
 * gives the one answer. Only the session and the request headers are faked.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { createUser } from '../support/editing-factories';
import { snapshotTables } from '../support/snapshot-tables';
import { truncateAll } from '../support/test-database';
import type { SessionUser } from '@/lib/auth/session-user';
import { initialFormState } from '@/lib/errors';

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => session.user }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-forwarded-for': '10.0.6.1' }) }));
const { handleActivateAccount, handleChangePassword, handleRequestPasswordReset, handleResetPassword, handleSetReminders } = await import(
  '@/app/_form-handlers/accounts'
);
const { RESET_REQUESTED } = await import('@/lib/accounts/request-password-reset');

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

const TOKEN = 'A'.repeat(43);
const LINK_UNUSABLE = 'Deze link is verlopen of al gebruikt. Vraag een nieuwe aan.';

describe('account form handlers', () => {
  beforeEach(async () => {
    await truncateAll(databaseUrl);
    session.user = null;
  });

  it('refuses bad new passwords and bad links with Dutch messages, and changes nothing', async () => {
    await createUser(db, { email: 'iemand@voorbeeld.nl' });
    const before = await snapshotTables(db);
    for (const handler of [handleActivateAccount, handleResetPassword]) {
      expect(await handler(initialFormState, form({ token: TOKEN, password: 'kort', passwordRepeat: 'kort' }))).toMatchObject({
        status: 'error',
        errors: { password: ['Een wachtwoord heeft minstens 12 tekens.'] },
      });
      expect(await handler(initialFormState, form({ token: TOKEN, password: 'een-goed-wachtwoord', passwordRepeat: 'een-goed-wachtwoorD' }))).toMatchObject({
        errors: { passwordRepeat: ['De twee wachtwoorden zijn niet gelijk.'] },
      });
      const nul = await handler(initialFormState, form({ token: TOKEN, password: 'een-goed\u0000wachtwoord', passwordRepeat: 'een-goed\u0000wachtwoord' }));
      expect(nul.errors?.password).toEqual(['Het wachtwoord bevat een onzichtbaar stuurteken (U+0000); haal het weg en probeer het opnieuw.']);
      expect(await handler(initialFormState, form({ token: 'kapot', password: 'een-goed-wachtwoord', passwordRepeat: 'een-goed-wachtwoord' }))).toMatchObject({
        errors: { token: [LINK_UNUSABLE] },
      });
      // Well-formed but unknown: the same message, from the compare-and-set.
      expect(await handler(initialFormState, form({ token: TOKEN, password: 'een-goed-wachtwoord', passwordRepeat: 'een-goed-wachtwoord' }))).toEqual({
        status: 'error',
        message: LINK_UNUSABLE,
        values: { token: TOKEN },
      });
    }
    expect(await snapshotTables(db)).toEqual(before);
  });

  it('gives the same answer for a known and an unknown address, and refuses a forged address', async () => {
    await createUser(db, { email: 'bekend@voorbeeld.nl' });
    const known = await handleRequestPasswordReset(initialFormState, form({ email: 'Bekend@Voorbeeld.nl ' }));
    const unknown = await handleRequestPasswordReset(initialFormState, form({ email: 'onbekend@voorbeeld.nl' }));
    expect(known).toEqual({ status: 'ok', message: RESET_REQUESTED });
    expect(unknown).toEqual(known);
    expect(await db.passwordResetRequest.findMany({ select: { email: true, ip: true }, orderBy: { id: 'asc' } })).toEqual([
      { email: 'bekend@voorbeeld.nl', ip: '10.0.6.1' },
      { email: 'onbekend@voorbeeld.nl', ip: '10.0.6.1' },
    ]);
    const before = await snapshotTables(db);
    expect((await handleRequestPasswordReset(initialFormState, form({ email: 'a\u0085@voorbeeld.nl' }))).errors?.email).toEqual([
      'Uw e-mailadres bevat een onzichtbaar stuurteken (U+0085); haal het weg en probeer het opnieuw.',
    ]);
    expect((await handleRequestPasswordReset(initialFormState, form({ email: 'geen-adres' }))).errors?.email).toEqual(['Vul een geldig e-mailadres in.']);
    expect(await snapshotTables(db)).toEqual(before);
  });

  it('asks a reader to sign in before changing a password or reminders, and changes nothing', async () => {
    await createUser(db, { email: 'lezer@voorbeeld.nl' });
    const before = await snapshotTables(db);
    const change = await handleChangePassword(initialFormState, form({ currentPassword: 'x', password: 'een-nieuw-wachtwoord', passwordRepeat: 'een-nieuw-wachtwoord' }));
    expect(change).toMatchObject({ status: 'error', message: 'Log in om dit te doen.' });
    expect(await handleSetReminders(initialFormState, form({}))).toMatchObject({ status: 'error', message: 'Log in om dit te doen.' });
    expect(await snapshotTables(db)).toEqual(before);
  });

  it('changes the password and sends the browser to sign in again; an unchecked box turns reminders off', async () => {
    const user = await createUser(db, { email: 'zelf@voorbeeld.nl' });
    session.user = user;
    const redirect = await handleChangePassword(
      initialFormState,
      form({ currentPassword: 'een-goed-wachtwoord', password: 'een-nieuw-wachtwoord', passwordRepeat: 'een-nieuw-wachtwoord' }),
    ).then(
      () => null,
      (error: { digest?: string }) => error.digest,
    );
    expect(redirect).toContain('/inloggen?melding=wachtwoord-gewijzigd');
    expect(await handleSetReminders(initialFormState, form({}))).toEqual({
      status: 'ok',
      message: 'Opgeslagen: u krijgt geen herinneringen voor de inlevertermijn meer.',
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).remindersEnabled).toBe(false);
  });
});
