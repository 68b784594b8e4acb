/** Sign-in: passwords, the slow-down after failures (stored in Postgres), and the demo accounts. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { createOrganisation, createUser } from '../support/editing-factories';
import { truncateAll } from '../support/test-database';
import { DEMO_ACCOUNTS, provisionDemoAccounts } from '@/lib/auth/demo-accounts';
import { THROTTLE } from '@/lib/auth/sign-in-throttle';
import { verifyCredentials } from '@/lib/auth/verify-credentials';

const PASSWORD = 'een-goed-wachtwoord';
const later = (base: Date, ms: number) => new Date(base.getTime() + ms);

describe('signing in with e-mail and password', () => {
  beforeEach(async () => {
    await truncateAll(databaseUrl);
  });

  it('accepts the right password, whatever the case of the address, and records the attempt', async () => {
    const user = await createUser(db, { email: 'petra@jn.example', password: PASSWORD });
    const result = await verifyCredentials({ email: ' Petra@JN.example ', password: PASSWORD, ip: '10.0.0.1' });
    expect(result).toEqual({ ok: true, user });
    expect(await db.signInAttempt.findMany({ select: { email: true, ip: true, succeeded: true } })).toEqual([
      { email: 'petra@jn.example', ip: '10.0.0.1', succeeded: true },
    ]);
  });

  it('refuses a wrong password, an unknown address and a deactivated account alike', async () => {
    await createUser(db, { email: 'actief@voorbeeld.nl', password: PASSWORD });
    await createUser(db, { email: 'uit@voorbeeld.nl', password: PASSWORD, active: false });
    for (const [email, password] of [
      ['actief@voorbeeld.nl', 'verkeerd-wachtwoord'],
      ['onbekend@voorbeeld.nl', PASSWORD],
      ['uit@voorbeeld.nl', PASSWORD],
    ]) {
      expect(await verifyCredentials({ email: email!, password: password!, ip: '10.0.0.2' })).toEqual({ ok: false, reason: 'invalid' });
    }
  });

  it('counts parallel guesses one by one: at most the free number get through at once', async () => {
    await createUser(db, { email: 'parallel@voorbeeld.nl', password: PASSWORD });
    const now = new Date();
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        verifyCredentials({ email: 'parallel@voorbeeld.nl', password: `fout-${i}`, ip: `10.1.0.${i}`, now }),
      ),
    );
    expect(results.filter((r) => !r.ok && r.reason === 'invalid')).toHaveLength(THROTTLE.freeFailuresPerAccount);
    expect(results.filter((r) => !r.ok && r.reason === 'throttled')).toHaveLength(12 - THROTTLE.freeFailuresPerAccount);
  });

  it('slows an account down after repeated failures, even for the right password, then lets it try again', async () => {
    await createUser(db, { email: 'doelwit@voorbeeld.nl', password: PASSWORD });
    const start = new Date();
    for (let i = 0; i < THROTTLE.freeFailuresPerAccount; i++) {
      const attempt = await verifyCredentials({ email: 'doelwit@voorbeeld.nl', password: `fout-${i}`, ip: `10.1.0.${i}`, now: later(start, i) });
      expect(attempt).toEqual({ ok: false, reason: 'invalid' });
    }
    const blocked = await verifyCredentials({ email: 'doelwit@voorbeeld.nl', password: PASSWORD, ip: '10.9.9.9', now: later(start, 10) });
    expect(blocked).toMatchObject({ ok: false, reason: 'throttled' });
    expect((blocked as { retryAfterSeconds: number }).retryAfterSeconds).toBe(30);
    // A blocked attempt checks no password and counts as nothing.
    expect(await db.signInAttempt.count()).toBe(THROTTLE.freeFailuresPerAccount);

    const afterWait = await verifyCredentials({ email: 'doelwit@voorbeeld.nl', password: PASSWORD, ip: '10.9.9.9', now: later(start, 31_000) });
    expect(afterWait.ok).toBe(true);
    // A success clears the account's count.
    const next = await verifyCredentials({ email: 'doelwit@voorbeeld.nl', password: 'nog-eens-fout', ip: '10.9.9.9', now: later(start, 32_000) });
    expect(next).toEqual({ ok: false, reason: 'invalid' });
  });

  it('doubles the wait with every further failure', async () => {
    await createUser(db, { email: 'raden@voorbeeld.nl', password: PASSWORD });
    let now = new Date();
    for (let i = 0; i < THROTTLE.freeFailuresPerAccount; i++) {
      await verifyCredentials({ email: 'raden@voorbeeld.nl', password: 'fout', ip: '10.2.0.1', now });
    }
    now = later(now, 31_000);
    await verifyCredentials({ email: 'raden@voorbeeld.nl', password: 'fout', ip: '10.2.0.1', now });
    const blocked = await verifyCredentials({ email: 'raden@voorbeeld.nl', password: PASSWORD, ip: '10.2.0.1', now: later(now, 1_000) });
    expect(blocked).toMatchObject({ reason: 'throttled', retryAfterSeconds: 59 });
  });

  it('slows down one address trying many accounts, but not other addresses', async () => {
    const now = new Date();
    for (let i = 0; i < THROTTLE.freeFailuresPerAddress; i++) {
      await verifyCredentials({ email: `slachtoffer${i}@voorbeeld.nl`, password: 'fout', ip: '192.0.2.66', now: later(now, i) });
    }
    await createUser(db, { email: 'iemand@voorbeeld.nl', password: PASSWORD });
    const fromAttacker = await verifyCredentials({ email: 'iemand@voorbeeld.nl', password: PASSWORD, ip: '192.0.2.66', now: later(now, 100) });
    expect(fromAttacker).toMatchObject({ reason: 'throttled' });
    const fromElsewhere = await verifyCredentials({ email: 'iemand@voorbeeld.nl', password: PASSWORD, ip: '198.51.100.1', now: later(now, 100) });
    expect(fromElsewhere.ok).toBe(true);
  });
});

describe('the demo accounts of the embedded mode', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'voortgang-demo-'));
  const file = path.join(dir, 'demo-accounts.json');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates one ministry editor and a partner editor per organisation, with working generated passwords', async () => {
    await truncateAll(databaseUrl);
    for (const abbreviation of ['JN', 'NVP', 'NJi', 'VNG']) await createOrganisation(db, { abbreviation });
    const accounts = await provisionDemoAccounts(db, file);
    expect(accounts.map((a) => [a.email, a.role, a.organisation])).toEqual(DEMO_ACCOUNTS.map((a) => [a.email, a.role, a.organisation]));
    expect(new Set(accounts.map((a) => a.password)).size).toBe(5);
    for (const account of accounts) {
      expect(account.password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
      expect((await verifyCredentials({ email: account.email, password: account.password, ip: '127.0.0.1' })).ok).toBe(true);
    }
    const jn = await db.user.findUniqueOrThrow({ where: { email: 'jn@voortgang.demo' }, include: { organisation: true } });
    expect(jn.organisation?.abbreviation).toBe('JN');

    // Restarting changes nothing; a lost password file gives new passwords that work.
    const again = await provisionDemoAccounts(db, file);
    expect(again).toEqual(accounts);
    expect(await db.user.count()).toBe(5);
    rmSync(file);
    const renewed = await provisionDemoAccounts(db, file);
    expect(renewed[0]!.password).not.toBe(accounts[0]!.password);
    expect(JSON.parse(readFileSync(file, 'utf8'))['ministerie@voortgang.demo']).toBe(renewed[0]!.password);
    expect((await verifyCredentials({ email: renewed[0]!.email, password: renewed[0]!.password, ip: '127.0.0.1' })).ok).toBe(true);
  });
});
