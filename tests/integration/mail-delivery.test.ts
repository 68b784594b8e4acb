/**
 * Mail leaves through the outbox and the pg-boss worker to a real SMTP server started here: once,
 * to the right address, after an outage, with two workers, after a worker crash; and a transaction
 * that fails leaves no mail.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { closeLockHolders, openLockHolder, waitUntilBlocked } from '../support/lock-holder';
import { startTestMailWorker } from '../support/mail-worker-fixture';
import { startSmtpTestServer, type SmtpTestServer } from '../support/smtp-test-server';
import { createOrganisation, createUser } from '../support/editing-factories';
import { snapshotTables } from '../support/snapshot-tables';
import { truncateAll } from '../support/test-database';
import { enqueueMail } from '@/lib/mail/enqueue-mail';
import { MAIL_QUEUE, queueDeliveryJobs } from '@/lib/mail/mail-queue';
import type { MailWorker } from '@/lib/mail/mail-worker';
import { resendMessage } from '@/lib/mail/resend-message';
import { startWorkerProcess } from '../support/mail-worker-child';

let smtp: SmtpTestServer;
let workers: MailWorker[] = [];
let counter = 0;

async function queueMail(count = 1): Promise<number[]> {
  counter += 1;
  return db.$transaction((tx) =>
    enqueueMail(
      tx,
      Array.from({ length: count }, (_, i) => ({
        eventKey: `test.delivery:${counter}`,
        kind: 'round.opened' as const,
        recipient: { id: null, email: `Partner${i}@Voorbeeld.nl` },
        subject: `Actieplan Pleegzorg: bericht ${counter}`,
        text: 'Werk uw acties bij: http://localhost:3000/werkruimte',
      })),
    ),
  );
}

const states = (ids: number[]) =>
  db.mailMessage.findMany({ where: { id: { in: ids } }, orderBy: { id: 'asc' }, select: { state: true, attempts: true, lastError: true } });
const openJobs = () =>
  db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pgboss.job WHERE name = ${MAIL_QUEUE} AND state NOT IN ('completed', 'failed')`.then((r) => r[0]!.n);
const startWorker = async () => {
  const worker = await startTestMailWorker({ databaseUrl, db, smtpUrl: smtp.url });
  workers.push(worker);
  return worker;
};

describe('mail delivery', () => {
  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    process.env.SMTP_URL = smtp.url;
  });
  afterAll(async () => {
    delete process.env.SMTP_URL;
    await smtp.stop();
  });
  beforeEach(async () => {
    await truncateAll(databaseUrl);
    await startWorker();
    await db.$executeRawUnsafe('DELETE FROM pgboss.job');
    smtp.received.length = 0;
    smtp.accept();
  });
  afterEach(async () => {
    await closeLockHolders();
    await Promise.all(workers.map((worker) => worker.stop({ graceful: false })));
    workers = [];
  });

  it('delivers a queued message once, to its address, with a stable Message-ID, and marks it SENT', async () => {
    const [id] = await queueMail();
    const [mail] = await smtp.waitForCount(1);
    expect(mail).toMatchObject({ to: ['partner0@voorbeeld.nl'], subject: `Actieplan Pleegzorg: bericht ${counter}`, messageId: `<mail-${id}@localhost>` });
    expect(mail!.from).toContain('noreply@localhost');
    expect(mail!.text).toContain('http://localhost:3000/werkruimte');
    await vi.waitFor(async () => expect(await states([id!])).toEqual([{ state: 'SENT', attempts: 1, lastError: null }]), { timeout: 30_000 });

    // Another job for the same message (a crash after SENT was committed) sends nothing.
    await db.$transaction((tx) => queueDeliveryJobs(tx, [id!]));
    await vi.waitFor(async () => expect(await openJobs()).toBe(0), { timeout: 30_000 });
    expect(smtp.received).toHaveLength(1);
  });

  it('writes no mail and no job when the transaction that queues it fails', async () => {
    const failed = await db
      .$transaction(async (tx) => {
        await enqueueMail(tx, [{ eventKey: 'test.rollback', kind: 'round.opened', recipient: { id: null, email: 'a@voorbeeld.nl' }, subject: 'x', text: 'y' }]);
        throw new Error('de wijziging mislukt');
      })
      .catch((error: unknown) => error);
    expect((failed as Error).message).toBe('de wijziging mislukt');
    expect(await db.mailMessage.count()).toBe(0);
    expect(await db.$queryRaw`SELECT id FROM pgboss.job WHERE name = ${MAIL_QUEUE}`).toEqual([]);
  });

  it('retries through an SMTP outage (451, then the server down) and delivers once it is back', async () => {
    smtp.refuseWith(451);
    const [id] = await queueMail();
    await smtp.waitForRefusals(1);
    await vi.waitFor(async () => expect((await states([id!]))[0]).toMatchObject({ state: 'QUEUED', attempts: 1 }), { timeout: 30_000 });
    expect((await states([id!]))[0]!.lastError).toContain('451');
    await smtp.stop();
    await vi.waitFor(async () => expect((await states([id!]))[0]!.attempts).toBe(2), { timeout: 30_000 });
    await smtp.start();
    smtp.accept();
    const [mail] = await smtp.waitForCount(1);
    expect(mail!.messageId).toBe(`<mail-${id}@localhost>`);
    await vi.waitFor(async () => expect(await states([id!])).toEqual([{ state: 'SENT', attempts: 3, lastError: null }]), { timeout: 30_000 });
    expect(smtp.received).toHaveLength(1);
  });

  it('marks a message FAILED after its last retry; the ministry sends it again (audited), a partner may not', async () => {
    smtp.refuseWith(421);
    const [id] = await queueMail();
    await vi.waitFor(async () => expect((await states([id!]))[0]).toMatchObject({ state: 'FAILED', attempts: 5 }), { timeout: 60_000 });
    expect(smtp.received).toHaveLength(0);

    const partner = await createUser(db, { organisationId: (await createOrganisation(db)).id });
    const before = await snapshotTables(db);
    const refused = await resendMessage({ user: partner, messageId: id! }).catch((error: unknown) => error);
    expect((refused as Error).message).toBe('Alleen redacteuren van het ministerie mogen dit.');
    expect(await snapshotTables(db)).toEqual(before);

    const ministry = await createUser(db, { role: 'MINISTRY_EDITOR' });
    smtp.accept();
    await resendMessage({ user: ministry, messageId: id! });
    const [mail] = await smtp.waitForCount(1);
    expect(mail!.messageId).toBe(`<mail-${id}@localhost>`);
    await vi.waitFor(async () => expect((await states([id!]))[0]).toMatchObject({ state: 'SENT', attempts: 6 }), { timeout: 30_000 });
    const audit = await db.auditLogEntry.findMany({ where: { permission: 'mail.resend' }, select: { actorId: true, entityId: true } });
    expect(audit).toEqual([{ actorId: ministry.id, entityId: String(id) }]);
    const again = await resendMessage({ user: ministry, messageId: id! }).catch((error: unknown) => error);
    expect((again as Error).message).toBe('Alleen een mislukt bericht kan opnieuw worden verstuurd.');
  });

  it('delivers each message once with two workers on one database', async () => {
    await startWorker();
    const ids = await queueMail(12);
    const mails = await smtp.waitForCount(12);
    await vi.waitFor(async () => expect((await states(ids)).every((m) => m.state === 'SENT')).toBe(true), { timeout: 60_000 });
    await vi.waitFor(async () => expect(await openJobs()).toBe(0), { timeout: 30_000 });
    expect(new Set(mails.map((m) => m.messageId)).size).toBe(12);
    expect(smtp.received).toHaveLength(12);
  });

  it('loses nothing and sends nothing twice when a worker dies mid-delivery and another takes over', async () => {
    await Promise.all(workers.map((worker) => worker.stop({ graceful: false })));
    workers = [];
    const [id] = await queueMail();
    const holder = await openLockHolder(databaseUrl);
    await holder.query('SELECT id FROM mail_messages WHERE id = $1 FOR UPDATE', [id]);
    const child = await startWorkerProcess({ DATABASE_URL: databaseUrl, SMTP_URL: smtp.url });
    await waitUntilBlocked(db, holder, child.exited);
    child.kill();
    await child.exited;
    await holder.commit();
    expect(smtp.received).toHaveLength(0);
    await startWorker();
    const [mail] = await smtp.waitForCount(1);
    expect(mail!.messageId).toBe(`<mail-${id}@localhost>`);
    await vi.waitFor(async () => expect(await openJobs()).toBe(0), { timeout: 30_000 });
    expect(await states([id!])).toEqual([{ state: 'SENT', attempts: 1, lastError: null }]);
    expect(smtp.received).toHaveLength(1);
  });
});
