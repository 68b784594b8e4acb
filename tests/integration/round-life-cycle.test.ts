/**
 * A round's input deadline and its editing until publication, through the form handlers as the
 * browser calls them (only the session is faked): opening stores the deadline as an Amsterdam
 * instant; bad deadline input is refused with a Dutch message and changes nothing; title, date and
 * deadline stay editable in concept, open and closed, each edit audited; a published round refuses.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { createOrganisation, createReportedAction, createUser, deadlineInDays } from '../support/editing-factories';
import { closeLockHolders, openLockHolder, raceAgainst } from '../support/lock-holder';
import { addedRows, snapshotTables } from '../support/snapshot-tables';
import { truncateAll } from '../support/test-database';
import type { SessionUser } from '@/lib/auth/session-user';
import type { RoundState } from '@/lib/generated/prisma/client';
import { initialFormState } from '@/lib/errors';
import { addCalendarDays, amsterdamInstant, amsterdamIsoDate } from '@/lib/rounds/amsterdam-time';
import { editRound } from '@/lib/rounds/edit-round';

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => session.user }));
const { handleEditRound, handleOpenRound } = await import('@/app/_form-handlers/rounds');

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

const inDays = (days: number) => addCalendarDays(amsterdamIsoDate(new Date()), days);

async function roundIn(state: RoundState) {
  const organisation = await createOrganisation(db);
  const reported = await createReportedAction(db, { organisationIds: [organisation.id], state });
  session.user = await createUser(db, { role: 'MINISTRY_EDITOR' });
  return reported;
}

describe('the input deadline and editing a round', () => {
  beforeEach(async () => {
    await truncateAll(databaseUrl);
    session.user = null;
  });
  afterEach(closeLockHolders);

  it('opens a round with a deadline: a date alone is 23:59 in Amsterdam, a time is kept, reminder days stored and audited', async () => {
    const { round } = await roundIn('DRAFT');
    const date = inDays(10);
    const opened = await handleOpenRound(
      initialFormState,
      form({ roundId: String(round.id), deadlineDate: date, deadlineTime: '', reminderDaysBefore: '3' }),
    ).catch((error: { digest?: string }) => error.digest);
    expect(opened).toMatch(new RegExp(`^NEXT_REDIRECT;replace;/beheer/rondes/${round.id}\\?stap=geopend;`));
    const stored = await db.reportingRound.findUniqueOrThrow({ where: { id: round.id } });
    expect(stored).toMatchObject({ state: 'OPEN', inputDeadline: amsterdamInstant(date, '23:59'), inputDeadlineHasTime: false, reminderDaysBefore: 3 });
    const audit = await db.auditLogEntry.findFirstOrThrow({ where: { permission: 'round.open' } });
    expect(audit.after).toMatchObject({ state: 'OPEN', inputDeadline: amsterdamInstant(date, '23:59').toISOString(), reminderDaysBefore: 3 });

    const other = await roundIn('DRAFT');
    await handleOpenRound(initialFormState, form({ roundId: String(other.round.id), deadlineDate: date, deadlineTime: '09:30' })).catch(() => null);
    expect(await db.reportingRound.findUniqueOrThrow({ where: { id: other.round.id } })).toMatchObject({
      inputDeadline: amsterdamInstant(date, '09:30'),
      inputDeadlineHasTime: true,
      reminderDaysBefore: 5,
    });
  });

  it.each([
    ['no date', { deadlineDate: '' }, 'Vul de inleverdatum in: tot wanneer kunnen partners hun acties bijwerken?'],
    ['today', { deadlineDate: inDays(0) }, 'Kies een inleverdatum na vandaag.'],
    ['a past date', { deadlineDate: '2025-03-01' }, 'Kies een inleverdatum na vandaag.'],
    ['a malformed date', { deadlineDate: '31-12-2026' }, 'Vul een geldige inleverdatum in, bijvoorbeeld 11-12-2026.'],
    ['a null byte', { deadlineDate: `${inDays(5)}\u0000` }, 'De inleverdatum bevat een onzichtbaar stuurteken (U+0000); haal het weg en probeer het opnieuw.'],
  ])('refuses to open with %s, naming why, and changes nothing', async (_case, fields, message) => {
    const { round } = await roundIn('DRAFT');
    const before = await snapshotTables(db);
    const result = await handleOpenRound(initialFormState, form({ roundId: String(round.id), deadlineTime: '', reminderDaysBefore: '5', ...fields }));
    expect(result).toMatchObject({ status: 'error', errors: { deadlineDate: [message] } });
    expect(await snapshotTables(db)).toEqual(before);
  });

  it('refuses a malformed time and out-of-range reminder days with their messages', async () => {
    const { round } = await roundIn('DRAFT');
    const before = await snapshotTables(db);
    const result = await handleOpenRound(
      initialFormState,
      form({ roundId: String(round.id), deadlineDate: inDays(5), deadlineTime: '25:00', reminderDaysBefore: '90' }),
    );
    expect(result.errors).toEqual({
      deadlineTime: ['Vul de tijd in als uu:mm (bijvoorbeeld 17:00), of laat het veld leeg voor 23:59.'],
      reminderDaysBefore: ['Vul een aantal dagen van 0 tot en met 60 in.'],
    });
    expect(await snapshotTables(db)).toEqual(before);
  });

  it.each(['DRAFT', 'OPEN', 'CLOSED'] as const)('edits title, date and deadline of a %s round, audited with before and after', async (state) => {
    const { round } = await roundIn(state);
    const date = inDays(20);
    const before = await snapshotTables(db);
    const result = await handleEditRound(
      initialFormState,
      form({ roundId: String(round.id), title: 'Voortgang voorjaar 2027', date: '2027-04-01', deadlineDate: date, deadlineTime: '17:00', reminderDaysBefore: '7' }),
    );
    expect(result).toEqual({ status: 'ok', message: 'De ronde is bijgewerkt.' });
    expect(await db.reportingRound.findUniqueOrThrow({ where: { id: round.id } })).toMatchObject({
      state,
      key: 'voortgang-voorjaar-2027',
      title: 'Voortgang voorjaar 2027',
      inputDeadline: amsterdamInstant(date, '17:00'),
      inputDeadlineHasTime: true,
      reminderDaysBefore: 7,
    });
    const [audit] = addedRows(before, await snapshotTables(db), 'audit_log') as { permission: string; before: object; after: object }[];
    expect(audit).toMatchObject({
      permission: 'round.edit',
      before: { key: 'deze', title: 'Deze ronde', date: '2026-01-01', inputDeadline: null, inputDeadlineHasTime: false, reminderDaysBefore: 5 },
      after: {
        key: 'voortgang-voorjaar-2027',
        title: 'Voortgang voorjaar 2027',
        date: '2027-04-01',
        inputDeadline: amsterdamInstant(date, '17:00').toISOString(),
        inputDeadlineHasTime: true,
        reminderDaysBefore: 7,
      },
    });
  });

  it('refuses to edit a published round with its reason, and changes nothing', async () => {
    const { round } = await roundIn('PUBLISHED');
    const before = await snapshotTables(db);
    const result = await handleEditRound(
      initialFormState,
      form({ roundId: String(round.id), title: 'Herschreven', date: '2026-01-01', deadlineDate: inDays(5), deadlineTime: '', reminderDaysBefore: '5' }),
    );
    expect(result).toMatchObject({ status: 'error', message: 'De rapportageronde is gepubliceerd en kan niet meer veranderen.' });
    expect(await snapshotTables(db)).toEqual(before);
  });

  it('keeps the round-date rules and an opened round’s deadline; a passed deadline left as it was is no obstacle', async () => {
    const { round } = await roundIn('OPEN');
    const passed = amsterdamInstant('2026-01-10', '23:59');
    await db.reportingRound.update({ where: { id: round.id }, data: { inputDeadline: passed } });
    const fields = { roundId: String(round.id), title: 'Deze ronde', date: '2026-01-01', deadlineDate: '2026-01-10', deadlineTime: '', reminderDaysBefore: '5' };
    const before = await snapshotTables(db);
    const refusals = [
      [{ date: '2024-12-31' }, 'date', 'Kies 1 januari 2025 of later: dat is de datum van de laatst gepubliceerde ronde, ‘Vorige ronde’.'],
      [{ deadlineDate: '' }, 'deadlineDate', 'Vul de inleverdatum in: een geopende ronde heeft altijd een inlevertermijn.'],
      [{ deadlineDate: '2026-01-11' }, 'deadlineDate', 'Kies een inleverdatum na vandaag.'],
      [{ title: `Ronde\u0000` }, 'title', 'De titel bevat een onzichtbaar stuurteken (U+0000); haal het weg en probeer het opnieuw.'],
    ] as const;
    for (const [change, field, message] of refusals) {
      expect((await handleEditRound(initialFormState, form({ ...fields, ...change }))).errors).toEqual({ [field]: [message] });
    }
    expect(await handleEditRound(initialFormState, form(fields))).toEqual({ status: 'ok', message: 'Er was niets gewijzigd.' });
    expect(await snapshotTables(db)).toEqual(before);

    expect(await handleEditRound(initialFormState, form({ ...fields, title: 'Voortgang januari' }))).toMatchObject({ status: 'ok' });
    expect(await db.reportingRound.findUniqueOrThrow({ where: { id: round.id } })).toMatchObject({ title: 'Voortgang januari', inputDeadline: passed });
  });

  it('waits for the round’s lock: an edit that meets a publication in progress is refused once it commits', async () => {
    const { round } = await roundIn('CLOSED');
    const holder = await openLockHolder(databaseUrl);
    await holder.query('SELECT id FROM reporting_rounds WHERE id = $1 FOR UPDATE', [round.id]);
    await holder.query(`UPDATE reporting_rounds SET state = 'PUBLISHED' WHERE id = $1`, [round.id]);
    const outcome = await raceAgainst(db, holder, () =>
      editRound({ user: session.user, roundId: round.id, title: 'Te laat', date: '2026-01-01', deadline: deadlineInDays() }).catch((error: Error) => error),
    );
    expect(outcome).toMatchObject({ name: 'ForbiddenError', message: 'De rapportageronde is gepubliceerd en kan niet meer veranderen.' });
    expect((await db.reportingRound.findUniqueOrThrow({ where: { id: round.id } })).title).toBe('Deze ronde');
  });
});
