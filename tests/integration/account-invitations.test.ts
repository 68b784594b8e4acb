/**
 * Invitations, against Postgres: an account made at /beheer/gebruikers has no password and gets a
 * mail in the outbox with a one-time link; following it sets the password once. A second use, an
 * expired link or one replaced by a newer invitation is refused with the Dutch message and changes
 * nothing.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { linkIn, outbox } from '../support/account-links';
import { createOrganisation, createUser } from '../support/editing-factories';
import { addedRows, snapshotTables } from '../support/snapshot-tables';
import { truncateAll } from '../support/test-database';
import { hashAccountToken } from '@/lib/accounts/account-token';
import { findUsableLink } from '@/lib/accounts/find-usable-link';
import { setPasswordWithLink } from '@/lib/accounts/set-password-with-link';
import { verifyCredentials } from '@/lib/auth/verify-credentials';
import { NotFoundError, ValidationError } from '@/lib/errors';
import { createUser as inviteUser } from '@/lib/users/create-user';
import { ALREADY_ACTIVATED, resendInvitation } from '@/lib/users/resend-invitation';

const LINK_UNUSABLE = 'Deze link is verlopen of al gebruikt. Vraag een nieuwe aan.';
const PASSWORD = 'mijn-eigen-wachtwoord';

async function invite() {
  const ministry = await createUser(db, { role: 'MINISTRY_EDITOR', name: 'Mira Ministerie' });
  const organisation = await createOrganisation(db);
  const before = await snapshotTables(db);
  const account = await inviteUser({ user: ministry, email: 'nieuw@partner.nl', name: 'Nina Nieuw', role: 'PARTNER_EDITOR', organisationId: organisation.id });
  return { ministry, account, before, after: await snapshotTables(db) };
}

const signIn = (password: string) => verifyCredentials({ email: 'nieuw@partner.nl', password, ip: '10.0.0.7' });

async function refusal(call: Promise<unknown>) {
  return call.then(
    () => null,
    (error: unknown) => error,
  );
}

describe('invitations', () => {
  beforeEach(async () => {
    await truncateAll(databaseUrl);
  });

  it('makes the account without a password and, in the same transaction, its token and the mail with a working link', async () => {
    const { ministry, account, before, after } = await invite();
    expect(await db.user.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({ email: 'nieuw@partner.nl', passwordHash: null });
    const [token] = addedRows(before, after, 'account_tokens') as { purpose: string; token_hash: string; created_by_id: number; expires_at: string; created_at: string }[];
    expect(token).toMatchObject({ purpose: 'INVITATION', created_by_id: ministry.id });
    expect(new Date(token!.expires_at).getTime() - new Date(token!.created_at).getTime()).toBe(7 * 24 * 3_600_000);

    const [mail, ...more] = await outbox(db, 'account.invitation');
    expect(more).toEqual([]);
    expect(mail).toMatchObject({ toAddress: 'nieuw@partner.nl', recipientId: account.id, subject: 'Uw account voor Voortgang actieplannen', state: 'KEPT' }); // no SMTP_URL in the tests: kept for /beheer/berichten
    expect(mail!.text).toContain('Mira Ministerie heeft een account voor u gemaakt');
    expect(mail!.text).toContain('7 dagen geldig');
    const { url, token: raw } = linkIn(mail!.text);
    expect(url.pathname).toBe('/account/activeren');
    // Only the hash is stored; the raw token is in the mail alone, and never in the audit log.
    expect(token!.token_hash).toBe(hashAccountToken(raw));
    const holding = Object.entries(after).flatMap(([table, rows]) => rows.filter((row) => JSON.stringify(row).includes(raw)).map(() => table));
    expect(holding).toEqual(['mail_messages']);
    expect(JSON.stringify(addedRows(before, after, 'audit_log'))).not.toContain(raw);
    expect(JSON.stringify(addedRows(before, after, 'audit_log'))).not.toContain(token!.token_hash);

    expect(await signIn(PASSWORD)).toEqual({ ok: false, reason: 'invalid' }); // no password: cannot sign in
    expect(await findUsableLink({ purpose: 'INVITATION', token: raw })).toEqual({ email: 'nieuw@partner.nl', name: 'Nina Nieuw' });
    expect(await findUsableLink({ purpose: 'PASSWORD_RESET', token: raw })).toBeNull();
  });

  it('sets the password once; the second use is refused and changes nothing', async () => {
    const { account } = await invite();
    const { token } = linkIn((await outbox(db, 'account.invitation'))[0]!.text);
    const beforeUse = await snapshotTables(db);
    await setPasswordWithLink({ purpose: 'INVITATION', token, password: PASSWORD });
    const afterUse = await snapshotTables(db);
    expect(await signIn(PASSWORD)).toMatchObject({ ok: true, user: { id: account.id } });
    const audit = addedRows(beforeUse, afterUse, 'audit_log') as { permission: string; actor_id: number; after: object }[];
    expect(audit).toMatchObject([{ permission: 'account.activate', actor_id: account.id, after: { passwordChanged: true } }]);
    expect(JSON.stringify(audit)).not.toContain(PASSWORD);
    expect(await db.accountToken.findFirstOrThrow({ where: { userId: account.id } })).toMatchObject({ usedAt: expect.any(Date) });

    const before = await snapshotTables(db);
    const error = await refusal(setPasswordWithLink({ purpose: 'INVITATION', token, password: 'een-ander-wachtwoord' }));
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as Error).message).toBe(LINK_UNUSABLE);
    expect(await snapshotTables(db)).toEqual(before);
    expect(await findUsableLink({ purpose: 'INVITATION', token })).toBeNull();
  });

  it('refuses an expired link, a link of another purpose, an unknown one, and one of a deactivated account', async () => {
    const { account } = await invite();
    const { token } = linkIn((await outbox(db, 'account.invitation'))[0]!.text);
    const unknown = 'A'.repeat(43);
    for (const [purpose, candidate] of [['PASSWORD_RESET', token], ['INVITATION', unknown]] as const) {
      const before = await snapshotTables(db);
      expect(((await refusal(setPasswordWithLink({ purpose, token: candidate, password: PASSWORD }))) as Error).message).toBe(LINK_UNUSABLE);
      expect(await snapshotTables(db)).toEqual(before);
    }

    await db.user.update({ where: { id: account.id }, data: { active: false } });
    let before = await snapshotTables(db);
    expect(((await refusal(setPasswordWithLink({ purpose: 'INVITATION', token, password: PASSWORD }))) as Error).message).toBe(LINK_UNUSABLE);
    expect(await snapshotTables(db)).toEqual(before);
    await db.user.update({ where: { id: account.id }, data: { active: true } });

    await db.$executeRaw`UPDATE account_tokens SET expires_at = now() - interval '1 second' WHERE user_id = ${account.id}`;
    expect(await findUsableLink({ purpose: 'INVITATION', token })).toBeNull();
    before = await snapshotTables(db);
    const error = await refusal(setPasswordWithLink({ purpose: 'INVITATION', token, password: PASSWORD }));
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as Error).message).toBe(LINK_UNUSABLE);
    expect(await snapshotTables(db)).toEqual(before);
    expect(await signIn(PASSWORD)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('sends a new invitation that replaces the old one, and refuses one to an account that chose its password', async () => {
    const { ministry, account } = await invite();
    const { token: first } = linkIn((await outbox(db, 'account.invitation'))[0]!.text);
    const before = await snapshotTables(db);
    expect(await resendInvitation({ user: ministry, userId: account.id })).toEqual({ email: 'nieuw@partner.nl' });
    const after = await snapshotTables(db);
    expect(addedRows(before, after, 'audit_log')).toMatchObject([{ permission: 'user.invite', actor_id: ministry.id }]);
    const mails = await outbox(db, 'account.invitation');
    expect(mails).toHaveLength(2);
    const { token: second } = linkIn(mails[1]!.text);
    expect(second).not.toBe(first);

    expect(((await refusal(setPasswordWithLink({ purpose: 'INVITATION', token: first, password: PASSWORD }))) as Error).message).toBe(LINK_UNUSABLE);
    await setPasswordWithLink({ purpose: 'INVITATION', token: second, password: PASSWORD });
    expect(await signIn(PASSWORD)).toMatchObject({ ok: true });

    const beforeRefusal = await snapshotTables(db);
    const error = await refusal(resendInvitation({ user: ministry, userId: account.id }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toBe(ALREADY_ACTIVATED);
    expect(await snapshotTables(db)).toEqual(beforeRefusal);
  });
});
