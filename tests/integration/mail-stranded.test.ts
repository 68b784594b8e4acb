/**
 * A message whose delivery job ran out without marking it (every attempt failed on something other
 * than SMTP) is not lost: the scheduled sweep gives it a new job, once, and it is delivered once.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { closeLockHolders, openLockHolder } from '../support/lock-holder';
import { startTestMailWorker } from '../support/mail-worker-fixture';
import { startSmtpTestServer, type SmtpTestServer } from '../support/smtp-test-server';
import { truncateAll } from '../support/test-database';
import { MAIL_QUEUE } from '@/lib/mail/mail-queue';
import type { MailWorker } from '@/lib/mail/mail-worker';
import { requeueStrandedMail, STRANDED_AFTER_MINUTES } from '@/lib/mail/requeue-stranded-mail';

let smtp: SmtpTestServer;
let worker: MailWorker;

/** An outbox row written `minutesAgo` minutes ago, with no delivery job (as one left behind is). */
const strandedMessage = (minutesAgo: number, email: string) =>
  db.mailMessage.create({
    data: {
      eventKey: `test.stranded:${email}`,
      kind: 'round.opened',
      toAddress: email,
      subject: 'Actieplan Pleegzorg: ronde open',
      text: 'Werk uw acties bij: http://localhost:3000/werkruimte',
      createdAt: new Date(Date.now() - minutesAgo * 60_000),
    },
  });
const jobsFor = (id: number) =>
  db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pgboss.job WHERE name = ${MAIL_QUEUE} AND singleton_key = ${String(id)}`.then(
    (rows) => rows[0]!.n,
  );

describe('stranded mail', () => {
  beforeAll(async () => {
    smtp = await startSmtpTestServer();
  });
  afterAll(async () => {
    await smtp.stop();
  });
  beforeEach(async () => {
    await truncateAll(databaseUrl);
    worker = await startTestMailWorker({ databaseUrl, db, smtpUrl: smtp.url });
    await db.$executeRawUnsafe('DELETE FROM pgboss.job');
    smtp.received.length = 0;
    smtp.accept();
  });
  afterEach(async () => {
    await closeLockHolders();
    await worker.stop({ graceful: false });
  });

  it('queues a QUEUED message without a job again, delivers it once, and leaves recent or sent ones alone', async () => {
    const old = await strandedMessage(STRANDED_AFTER_MINUTES + 5, 'oud@voorbeeld.nl');
    const recent = await strandedMessage(1, 'recent@voorbeeld.nl');

    expect(await requeueStrandedMail({ db, boss: worker.boss })).toEqual([old.id]);
    const [mail] = await smtp.waitForCount(1);
    expect(mail!.to).toEqual(['oud@voorbeeld.nl']);
    await vi.waitFor(async () => expect((await db.mailMessage.findUniqueOrThrow({ where: { id: old.id } })).state).toBe('SENT'), {
      timeout: 30_000,
    });

    // Sent now: a second sweep finds nothing to do, and nothing goes out twice.
    expect(await requeueStrandedMail({ db, boss: worker.boss })).toEqual([]);
    expect(await jobsFor(old.id)).toBe(1);
    expect(await jobsFor(recent.id)).toBe(0);
    expect(smtp.received).toHaveLength(1);
  });

  it('does not queue a message again while its job is still at work on it', async () => {
    const message = await strandedMessage(STRANDED_AFTER_MINUTES + 5, 'bezig@voorbeeld.nl');
    // The delivery waits on the message's row lock, held here: its job stays active.
    const holder = await openLockHolder(databaseUrl);
    await holder.query('SELECT id FROM mail_messages WHERE id = $1 FOR UPDATE', [message.id]);
    expect(await requeueStrandedMail({ db, boss: worker.boss })).toEqual([message.id]);
    await vi.waitFor(
      async () => {
        const [row] = await db.$queryRaw<{ state: string }[]>`
          SELECT state::text FROM pgboss.job WHERE name = ${MAIL_QUEUE} AND singleton_key = ${String(message.id)}`;
        expect(row?.state).toBe('active');
      },
      { timeout: 30_000 },
    );
    expect(await requeueStrandedMail({ db, boss: worker.boss })).toEqual([]);
    expect(await jobsFor(message.id)).toBe(1);

    await holder.commit();
    await smtp.waitForCount(1);
    expect(smtp.received).toHaveLength(1);
  });
});
