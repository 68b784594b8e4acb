/**
 * The morning digest to a partner whose ready-marked entry a co-partner changed: queued by the
 * 15-minute schedule from 08:00, delivered through the outbox and the mail worker to a real SMTP
 * server once, and not again when the schedule runs later that day.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { createOrganisation, createReportedAction, createUser } from '../support/editing-factories';
import { startTestMailWorker } from '../support/mail-worker-fixture';
import { startSmtpTestServer, type SmtpTestServer } from '../support/smtp-test-server';
import { truncateAll } from '../support/test-database';
import type { SessionUser } from '@/lib/auth/session-user';
import type { MailWorker } from '@/lib/mail/mail-worker';
import { queueDueRoundMail } from '@/lib/mail/queue-due-round-mail';
import { addCalendarDays, amsterdamInstant, amsterdamIsoDate } from '@/lib/rounds/amsterdam-time';
import { saveActionUpdate } from '@/lib/updates/save-action-update';

let smtp: SmtpTestServer;
let worker: MailWorker | null = null;

async function scene() {
  const jn = await createOrganisation(db, { abbreviation: 'JN' });
  const nvp = await createOrganisation(db, { abbreviation: 'NVP' });
  const shared = await createReportedAction(db, { organisationIds: [jn.id, nvp.id], state: 'OPEN' });
  const jnPartner = await createUser(db, { organisationId: jn.id, name: 'Petra Partner', email: 'petra@jn.nl' });
  const quiet = await createUser(db, { organisationId: jn.id, email: 'stil@jn.nl' });
  await db.user.update({ where: { id: quiet.id }, data: { remindersEnabled: false } });
  const nvpPartner = await createUser(db, { organisationId: nvp.id, name: 'Niels NVP', email: 'niels@nvp.nl' });
  return { ...shared, jnPartner, nvpPartner };
}

const save = (user: SessionUser, entryId: number, baseVersion: number, result: string, markReady = false) =>
  saveActionUpdate({ user, entryId, baseVersion, content: { status: 'IN_PROGRESS', result, planning: 'eind 2026' }, markReady });

/** Tomorrow at `time`, Dutch time: after every save of the test. */
function tomorrowAt(time: string): Date {
  return amsterdamInstant(addCalendarDays(amsterdamIsoDate(new Date()), 1), time);
}

describe('the co-partner digest', () => {
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
    worker = await startTestMailWorker({ databaseUrl, db, smtpUrl: smtp.url });
    await db.$executeRawUnsafe('DELETE FROM pgboss.job');
    smtp.received.length = 0;
  });
  afterEach(async () => {
    await worker?.stop({ graceful: false });
    worker = null;
  });

  it('mails the partner who marked it ready once, with the link, and not the co-partner or an opted-out colleague', async () => {
    const { entry, plan, round, jnPartner, nvpPartner } = await scene();
    await save(jnPartner, entry.id, 1, 'Loopt in drie regio’s.', true);
    await save(nvpPartner, entry.id, 2, 'Loopt in vier regio’s.');

    const morning = tomorrowAt('09:30');
    expect(await queueDueRoundMail({ db, now: tomorrowAt('07:30') })).toEqual({ messageIds: [] }); // before the morning hour
    const { messageIds } = await queueDueRoundMail({ db, now: morning });
    expect(messageIds).toHaveLength(1);
    const [mail] = await smtp.waitForCount(1);
    expect(mail!.to).toEqual(['petra@jn.nl']);
    expect(mail!.subject).toMatch(/^Voortgang: 1 actie gewijzigd door een mede-verantwoordelijke organisatie \(/);
    expect(mail!.text).toContain('Beste Petra Partner,');
    expect(mail!.text).toContain(`- Een actie (${plan.title}, ronde ${round.title}), gewijzigd door Niels NVP (NVP)`);
    expect(mail!.text).toContain(`http://localhost:3000/werkruimte#actie-${entry.id}`);
    await vi.waitFor(async () => expect((await db.mailMessage.findMany({ select: { state: true } })).map((m) => m.state)).toEqual(['SENT']), { timeout: 30_000 });

    // Later runs that day queue nothing: the day's digest has its key, and nothing changed since.
    expect(await queueDueRoundMail({ db, now: new Date(morning.getTime() + 15 * 60_000) })).toEqual({ messageIds: [] });
    expect(await queueDueRoundMail({ db, now: new Date(morning.getTime() + 3600_000) })).toEqual({ messageIds: [] });
    expect(await db.mailMessage.count()).toBe(1);
    expect(await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pgboss.job WHERE state NOT IN ('completed', 'failed')`).toEqual([{ n: 0 }]);
    expect(smtp.received).toHaveLength(1);
  });

  it('sends nothing once the entry is marked ready again before the morning', async () => {
    const { entry, jnPartner, nvpPartner } = await scene();
    await save(jnPartner, entry.id, 1, 'Loopt in drie regio’s.', true);
    await save(nvpPartner, entry.id, 2, 'Loopt in vier regio’s.');
    await save(jnPartner, entry.id, 3, 'Loopt in vier regio’s.', true);
    expect(await queueDueRoundMail({ db, now: tomorrowAt('09:30') })).toEqual({ messageIds: [] });
    expect(await db.mailMessage.count()).toBe(0);
  });
});
