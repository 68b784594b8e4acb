/**
 * "Wachtwoord vergeten?", against Postgres: the same answer and the same row whether or not the
 * address has an account (only a real one adds its token, mail and audit line), a throttle per
 * address and per network address, a newer link replacing the older, one hour of validity, and of
 * two uses of one link at the same moment exactly one winning (made deterministic with a second
 * connection that holds the token's row lock).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { linkIn, outbox } from '../support/account-links';
import { createUser } from '../support/editing-factories';
import { closeLockHolders, openLockHolder, raceAgainst } from '../support/lock-holder';
import { addedRows, snapshotTables, type TableSnapshot } from '../support/snapshot-tables';
import { truncateAll } from '../support/test-database';
import { hashAccountToken } from '@/lib/accounts/account-token';
import { requestPasswordReset } from '@/lib/accounts/request-password-reset';
import { setPasswordWithLink } from '@/lib/accounts/set-password-with-link';
import { verifyCredentials } from '@/lib/auth/verify-credentials';

const LINK_UNUSABLE = 'Deze link is verlopen of al gebruikt. Vraag een nieuwe aan.';

/** Which tables gained rows, and how many. */
function growth(before: TableSnapshot, after: TableSnapshot) {
  return Object.fromEntries(
    Object.keys(after)
      .map((table) => [table, addedRows(before, after, table).length] as const)
      .filter(([, added]) => added > 0),
  );
}

const failure = (call: Promise<unknown>) => call.then(() => null, (error: unknown) => error as Error);

describe('password reset', () => {
  beforeEach(async () => {
    await truncateAll(databaseUrl);
  });
  afterEach(async () => {
    await closeLockHolders();
  });

  it('answers an unknown address the same and writes only the request row a real request writes too', async () => {
    const user = await createUser(db, { email: 'echt@voorbeeld.nl', name: 'Echte Persoon' });
    let before = await snapshotTables(db);
    expect(await requestPasswordReset({ email: 'bestaat-niet@voorbeeld.nl', ip: '10.0.0.1' })).toBeUndefined();
    let after = await snapshotTables(db);
    expect(growth(before, after)).toEqual({ password_reset_requests: 1 });
    const unknownRow = addedRows(before, after, 'password_reset_requests')[0] as Record<string, unknown>;

    before = after;
    expect(await requestPasswordReset({ email: 'echt@voorbeeld.nl', ip: '10.0.0.1' })).toBeUndefined();
    after = await snapshotTables(db);
    expect(growth(before, after)).toEqual({ password_reset_requests: 1, account_tokens: 1, mail_messages: 1, audit_log: 1 });
    const realRow = addedRows(before, after, 'password_reset_requests')[0] as Record<string, unknown>;
    expect(Object.keys(realRow).sort()).toEqual(Object.keys(unknownRow).sort());
    expect(addedRows(before, after, 'audit_log')).toMatchObject([{ permission: 'password.requestReset', actor_id: null, entity_id: String(user.id) }]);

    const [mail] = await outbox(db, 'account.password-reset');
    expect(mail).toMatchObject({ toAddress: 'echt@voorbeeld.nl', recipientId: user.id, subject: 'Nieuw wachtwoord voor Voortgang actieplannen' });
    expect(mail!.text).toContain('1 uur geldig');
    const { url, token } = linkIn(mail!.text);
    expect(url.pathname).toBe('/wachtwoord/herstellen');
    const stored = await db.accountToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored).toMatchObject({ purpose: 'PASSWORD_RESET', tokenHash: hashAccountToken(token), createdById: null });
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBe(3_600_000);

    await setPasswordWithLink({ purpose: 'PASSWORD_RESET', token, password: 'een-nieuw-wachtwoord' });
    expect(await verifyCredentials({ email: user.email, password: 'een-nieuw-wachtwoord', ip: '10.0.0.1' })).toMatchObject({ ok: true });
    expect(await verifyCredentials({ email: user.email, password: 'een-goed-wachtwoord', ip: '10.0.0.1' })).toEqual({ ok: false, reason: 'invalid' });
  });

  it('mails no link to a deactivated account, nor to one without password or invitation (single sign-on only)', async () => {
    await createUser(db, { email: 'uit@voorbeeld.nl', active: false });
    await db.user.create({ data: { email: 'sso@voorbeeld.nl', name: 'Alleen SSO', role: 'MINISTRY_EDITOR' } });
    for (const email of ['uit@voorbeeld.nl', 'sso@voorbeeld.nl']) {
      const before = await snapshotTables(db);
      await requestPasswordReset({ email, ip: '10.0.0.2' });
      expect(growth(before, await snapshotTables(db)), email).toEqual({ password_reset_requests: 1 });
    }
  });

  it('mails at most 3 links an hour per address and 10 per network address, answering the same', async () => {
    const user = await createUser(db, { email: 'vaak@voorbeeld.nl' });
    for (let i = 0; i < 4; i++) await requestPasswordReset({ email: user.email, ip: `10.0.1.${i}` });
    expect(await outbox(db, 'account.password-reset')).toHaveLength(3);
    const before = await snapshotTables(db);
    await requestPasswordReset({ email: user.email, ip: '10.0.1.99' });
    expect(await snapshotTables(db)).toEqual(before);
    // An hour later the address may ask again.
    await requestPasswordReset({ email: user.email, ip: '10.0.1.99', now: new Date(Date.now() + 3_600_000 + 1_000) });
    expect(await outbox(db, 'account.password-reset')).toHaveLength(4);

    const other = await createUser(db, { email: 'ander@voorbeeld.nl' });
    for (let i = 0; i < 10; i++) await requestPasswordReset({ email: `onbekend-${i}@voorbeeld.nl`, ip: '10.9.9.9' });
    const beforeAddress = await snapshotTables(db);
    await requestPasswordReset({ email: other.email, ip: '10.9.9.9' });
    expect(await snapshotTables(db)).toEqual(beforeAddress);
    await requestPasswordReset({ email: other.email, ip: '10.9.9.8' });
    expect((await outbox(db, 'account.password-reset')).filter((m) => m.toAddress === other.email)).toHaveLength(1);
  });

  it('a newer link replaces the older; a link older than an hour is refused and changes nothing', async () => {
    const user = await createUser(db, { email: 'twee@voorbeeld.nl' });
    await requestPasswordReset({ email: user.email, ip: '10.0.2.1' });
    await requestPasswordReset({ email: user.email, ip: '10.0.2.1' });
    const [first, second] = (await outbox(db, 'account.password-reset')).map((mail) => linkIn(mail.text).token);
    let before = await snapshotTables(db);
    expect((await failure(setPasswordWithLink({ purpose: 'PASSWORD_RESET', token: first!, password: 'een-nieuw-wachtwoord' })))?.message).toBe(LINK_UNUSABLE);
    expect(await snapshotTables(db)).toEqual(before);

    await db.$executeRaw`UPDATE account_tokens SET expires_at = now() - interval '1 millisecond' WHERE token_hash = ${hashAccountToken(second!)}`;
    before = await snapshotTables(db);
    expect((await failure(setPasswordWithLink({ purpose: 'PASSWORD_RESET', token: second!, password: 'een-nieuw-wachtwoord' })))?.message).toBe(LINK_UNUSABLE);
    expect(await snapshotTables(db)).toEqual(before);
  });

  it('of two uses of one link at the same moment, exactly one sets the password', async () => {
    const user = await createUser(db, { email: 'race@voorbeeld.nl' });
    await requestPasswordReset({ email: user.email, ip: '10.0.3.1' });
    const { token } = linkIn((await outbox(db, 'account.password-reset'))[0]!.text);

    // The competing use: it has set used_at and holds the row's lock, not yet committed.
    const holder = await openLockHolder(databaseUrl);
    const [taken] = await holder.query(`UPDATE account_tokens SET used_at = now() WHERE token_hash = $1 AND used_at IS NULL RETURNING id`, [
      hashAccountToken(token),
    ]);
    expect(taken).toBeDefined();
    const before = await snapshotTables(db);
    const lost = await failure(raceAgainst(db, holder, () => setPasswordWithLink({ purpose: 'PASSWORD_RESET', token, password: 'de-verliezer-123' })));
    expect(lost?.message).toBe(LINK_UNUSABLE);
    const after = await snapshotTables(db);
    // Only the holder's own change landed: the token is used, the password is the old one.
    expect(growth(before, after)).toEqual({ account_tokens: 1 });
    expect(await verifyCredentials({ email: user.email, password: 'een-goed-wachtwoord', ip: '10.0.3.1' })).toMatchObject({ ok: true });
  });

  it('when the competing transaction lets go of the link without using it, the waiting use wins', async () => {
    const user = await createUser(db, { email: 'wacht@voorbeeld.nl' });
    await requestPasswordReset({ email: user.email, ip: '10.0.3.2' });
    const { token } = linkIn((await outbox(db, 'account.password-reset'))[0]!.text);
    const holder = await openLockHolder(databaseUrl);
    await holder.query(`SELECT id FROM account_tokens WHERE token_hash = $1 FOR UPDATE`, [hashAccountToken(token)]);
    await raceAgainst(db, holder, () => setPasswordWithLink({ purpose: 'PASSWORD_RESET', token, password: 'de-winnaar-1234' }));
    expect(await verifyCredentials({ email: user.email, password: 'de-winnaar-1234', ip: '10.0.3.2' })).toMatchObject({ ok: true });
  });
});
