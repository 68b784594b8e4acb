/**
 * Who gets which mail: the outbox rows each change writes (no SMTP_URL here, so they are KEPT),
 * and the scheduled reminders and digest at chosen moments.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { createOrganisation, createReportedAction, createUser } from '../support/editing-factories';
import { truncateAll } from '../support/test-database';
import { queueDueRoundMail } from '@/lib/mail/queue-due-round-mail';
import { remindRoundNow } from '@/lib/mail/remind-round-now';
import { returnEntry } from '@/lib/review/return-entry';
import { closeRound } from '@/lib/rounds/close-round';
import { inputDeadline } from '@/lib/rounds/input-deadline';
import { openRound } from '@/lib/rounds/open-round';
import { COMPLETENESS_CATEGORIES } from '@/lib/rounds/completeness';
import { publishRound } from '@/lib/rounds/publish-round';
import { saveActionUpdate } from '@/lib/updates/save-action-update';

const outbox = () =>
  db.mailMessage.findMany({ orderBy: [{ id: 'asc' }], select: { eventKey: true, kind: true, toAddress: true, subject: true, text: true, state: true } });

/** Org A's action in a round of `state`, with an active, an inactive and an opted-out partner of A, a partner of B and a ministry editor. */
async function people(state: 'DRAFT' | 'OPEN') {
  const a = await createOrganisation(db);
  const b = await createOrganisation(db);
  const reported = await createReportedAction(db, { organisationIds: [a.id], state });
  const partner = await createUser(db, { organisationId: a.id, email: 'partner@a.nl', name: 'Pim Partner' });
  await createUser(db, { organisationId: a.id, email: 'oud@a.nl', active: false });
  const optedOut = await createUser(db, { organisationId: a.id, email: 'stil@a.nl' });
  await db.user.update({ where: { id: optedOut.id }, data: { remindersEnabled: false } });
  await createUser(db, { organisationId: b.id, email: 'ander@b.nl' });
  const ministry = await createUser(db, { role: 'MINISTRY_EDITOR', email: 'min@vws.nl', name: 'Mia Ministerie' });
  return { ...reported, partner, ministry, a, b };
}

describe('mail for the round cycle', () => {
  beforeEach(async () => {
    await truncateAll(databaseUrl);
  });

  it('mails the active partner editors with actions when a round opens, with the deadline and the link', async () => {
    const { round, ministry } = await people('DRAFT');
    await openRound({ user: ministry, roundId: round.id, deadline: inputDeadline({ date: '2030-12-06', time: '17:00', reminderDaysBefore: 5 }) });
    const mails = await outbox();
    expect(mails.map((m) => [m.toAddress, m.kind, m.state, m.eventKey])).toEqual([
      ['partner@a.nl', 'round.opened', 'KEPT', `round.opened:${round.id}`],
      ['stil@a.nl', 'round.opened', 'KEPT', `round.opened:${round.id}`],
    ]);
    expect(mails[0]!.subject).toMatch(/^Plan plan\S+: ronde Deze ronde is open voor invoer tot vrijdag 6 december 2030 om 17:00$/);
    expect(mails[0]!.text).toContain('Beste Pim Partner,');
    expect(mails[0]!.text).toContain('verantwoordelijk voor 1 actie');
    expect(mails[0]!.text).toContain('http://localhost:3000/werkruimte');
  });

  it('mails the comment verbatim to the partners when an entry is returned', async () => {
    const { entry, ministry } = await people('OPEN');
    await returnEntry({ user: ministry, entryId: entry.id, version: 1, comment: 'Graag de planning\nconcreter maken.' });
    const mails = await outbox();
    expect(mails.map((m) => m.toAddress)).toEqual(['partner@a.nl', 'stil@a.nl']);
    expect(mails[0]!.subject).toMatch(/: actie teruggestuurd, Een actie$/);
    expect(mails[0]!.text).toContain('> Graag de planning\n> concreter maken.');
    expect(mails[0]!.text).toContain(`http://localhost:3000/werkruimte#actie-${entry.id}`);
    expect(mails[0]!.text).toContain('Mia Ministerie');
  });

  it('mails everyone involved when the round is published', async () => {
    const { round, ministry, plan } = await people('OPEN');
    await db.actionEntry.updateMany({ where: { roundId: round.id }, data: { reviewState: 'APPROVED' } });
    await closeRound({ user: ministry, roundId: round.id });
    await publishRound({ user: ministry, roundId: round.id, accepted: COMPLETENESS_CATEGORIES });
    const mails = await outbox();
    expect(mails.map((m) => m.toAddress)).toEqual(['partner@a.nl', 'stil@a.nl', 'min@vws.nl']);
    expect(mails[2]!.subject).toBe(`${plan.title}: ronde Deze ronde is gepubliceerd`);
    expect(mails[2]!.text).toContain(`http://localhost:3000/plannen/${plan.slug}/rondes/${round.key}`);
  });

  it('reminds from N days before the deadline, once, and again for a moved deadline; then on the day', async () => {
    const { round, entry } = await people('OPEN');
    // Friday 4 December 2026 (end of the day); the reminder goes out from Sunday 29 November, 08:00.
    await db.reportingRound.update({ where: { id: round.id }, data: { inputDeadline: new Date('2026-12-04T22:59:00Z'), reminderDaysBefore: 5 } });
    expect(await queueDueRoundMail({ db, now: new Date('2026-11-28T12:00:00Z') })).toEqual({ messageIds: [] });
    expect(await queueDueRoundMail({ db, now: new Date('2026-11-29T06:30:00Z') })).toEqual({ messageIds: [] });
    expect((await queueDueRoundMail({ db, now: new Date('2026-11-29T07:15:00Z') })).messageIds).toHaveLength(1);
    expect(await queueDueRoundMail({ db, now: new Date('2026-11-30T09:00:00Z') })).toEqual({ messageIds: [] });
    const [reminder] = await outbox();
    expect(reminder).toMatchObject({ toAddress: 'partner@a.nl', kind: 'round.reminder', eventKey: `round.reminder:${round.id}:2026-12-04T22:59:00.000Z:5` });
    expect(reminder!.text).toContain(`- Een actie\n  http://localhost:3000/werkruimte#actie-${entry.id}`);
    expect(reminder!.text).toContain('http://localhost:3000/account');

    await db.reportingRound.update({ where: { id: round.id }, data: { inputDeadline: new Date('2026-12-07T22:59:00Z') } });
    expect((await queueDueRoundMail({ db, now: new Date('2026-12-03T09:00:00Z') })).messageIds).toHaveLength(1);
    expect((await queueDueRoundMail({ db, now: new Date('2026-12-07T09:00:00Z') })).messageIds).toHaveLength(1);
    expect(await queueDueRoundMail({ db, now: new Date('2026-12-07T15:00:00Z') })).toEqual({ messageIds: [] });
    expect(await queueDueRoundMail({ db, now: new Date('2026-12-08T09:00:00Z') })).toEqual({ messageIds: [] });
    const kinds = (await outbox()).map((m) => m.kind);
    expect(kinds).toEqual(['round.reminder', 'round.reminder', 'round.deadline-day']);
  });

  it('reminds only for actions not ready, and nobody whose actions are all ready', async () => {
    const { round, entry, ministry } = await people('OPEN');
    await db.actionEntry.update({ where: { id: entry.id }, data: { reviewState: 'READY_FOR_REVIEW' } });
    expect(await remindRoundNow({ user: ministry, roundId: round.id })).toEqual({ messageCount: 0 });
    await db.actionEntry.update({ where: { id: entry.id }, data: { reviewState: 'RETURNED' } });
    expect(await remindRoundNow({ user: ministry, roundId: round.id, now: new Date('2026-12-01T10:00:00Z') })).toEqual({ messageCount: 1 });
    expect(await remindRoundNow({ user: ministry, roundId: round.id, now: new Date('2026-12-01T10:05:00Z') })).toEqual({ messageCount: 1 });
    expect((await outbox()).map((m) => m.toAddress)).toEqual(['partner@a.nl', 'partner@a.nl']);
    const audit = await db.auditLogEntry.findMany({ where: { permission: 'round.remind' }, select: { entityId: true } });
    expect(audit).toEqual([{ entityId: String(round.id) }, { entityId: String(round.id) }, { entityId: String(round.id) }]);
  });

  it('refuses a reminder from a partner and for a round that is not open, writing nothing', async () => {
    const { round, partner, ministry } = await people('DRAFT');
    const byPartner = await remindRoundNow({ user: partner, roundId: round.id }).catch((error: unknown) => error);
    expect((byPartner as Error).message).toBe('Alleen redacteuren van het ministerie mogen dit.');
    const notOpen = await remindRoundNow({ user: ministry, roundId: round.id }).catch((error: unknown) => error);
    expect((notOpen as Error).message).toBe('Herinneringen gaan alleen uit zolang de ronde open is voor invoer.');
    expect(await outbox()).toEqual([]);
    expect(await db.auditLogEntry.count({ where: { permission: 'round.remind' } })).toBe(0);
  });

  it('sends the ministry one digest a day of the entries marked ready, from 08:00', async () => {
    const { entry, partner, round } = await people('OPEN');
    await saveActionUpdate({
      user: partner,
      entryId: entry.id,
      baseVersion: 1,
      content: { status: 'IN_PROGRESS', result: 'Loopt', planning: 'eind 2026' },
      markReady: true,
    });
    const tomorrow = new Date(Date.now() + 24 * 3600_000);
    const morning = new Date(`${tomorrow.toISOString().slice(0, 10)}T09:30:00Z`);
    const ids = (await queueDueRoundMail({ db, now: morning })).messageIds;
    expect(ids).toHaveLength(1);
    expect(await queueDueRoundMail({ db, now: new Date(morning.getTime() + 3600_000) })).toEqual({ messageIds: [] });
    const [digest] = await outbox();
    expect(digest).toMatchObject({ toAddress: 'min@vws.nl', kind: 'review.digest' });
    expect(digest!.subject).toMatch(/^Voortgang: 1 actie klaar voor controle \(/);
    expect(digest!.text).toContain(`http://localhost:3000/beheer/rondes/${round.id}/acties/${entry.id}`);
  });
});
