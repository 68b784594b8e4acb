/**
 * Editing a round's introduction per actielijn, through the form handler as the browser calls it
 * (only the session is faked): saved and audited until the round is published, shown in the
 * concept bijlage, compared with the version the editor started from, removed when emptied.
 * Every refusal is exact and leaves every table as it was.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { createOrganisation, createReportedAction, createUser } from '../support/editing-factories';
import { addedRows, snapshotTables } from '../support/snapshot-tables';
import { truncateAll } from '../support/test-database';
import type { SessionUser } from '@/lib/auth/session-user';
import type { RoundState } from '@/lib/generated/prisma/client';
import { initialFormState } from '@/lib/errors';
import { findConceptOverview } from '@/lib/plans/find-concept-overview';
import { ARCHIVED_LINE } from '@/lib/lines/lock-line-for-actions';
import { INTRO_CHANGED, NOT_THIS_PLAN } from '@/lib/rounds/edit-round-line-intro';
import { findRoundLineIntros } from '@/lib/rounds/find-round-line-intros';
import { lineIntroVersion } from '@/lib/rounds/line-intro-version';

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => session.user }));
const { handleEditLineIntro } = await import('@/app/_form-handlers/round-intros');

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

async function scene(state: RoundState = 'OPEN') {
  const organisation = await createOrganisation(db);
  const reported = await createReportedAction(db, { organisationIds: [organisation.id], state });
  const ministry = await createUser(db, { role: 'MINISTRY_EDITOR' });
  session.user = ministry;
  const save = (text: string, base: string | null, lineId = reported.line.id) =>
    handleEditLineIntro(
      initialFormState,
      form({ roundId: String(reported.round.id), lineId: String(lineId), text, baseVersion: lineIntroVersion(base) }),
    );
  return { ...reported, ministry, save };
}

async function conceptIntro(roundId: number, user: SessionUser) {
  const concept = await findConceptOverview({ user, roundId });
  return concept?.kind === 'concept' ? concept.overview.lines[0]?.intro : undefined;
}

describe('a round’s introduction per actielijn', () => {
  beforeEach(async () => {
    await truncateAll(databaseUrl);
    session.user = null;
  });

  it('saves a new text, audited, shows it in the concept bijlage, changes it and removes it', async () => {
    const { round, line, ministry, save } = await scene();
    expect((await findRoundLineIntros({ user: ministry, roundId: round.id }))?.lines).toEqual([
      { id: line.id, code: '1', title: 'Eerste lijn', parentId: null, text: '', version: lineIntroVersion('') },
    ]);
    let before = await snapshotTables(db);
    expect(await save('In deze ronde\r\nstaat de pleegzorg centraal.', null)).toEqual({ status: 'ok', message: 'De inleiding is opgeslagen.' });
    let after = await snapshotTables(db);
    expect(addedRows(before, after, 'round_line_intros')).toEqual([{ round_id: round.id, line_id: line.id, text: 'In deze ronde\nstaat de pleegzorg centraal.' }]);
    expect(addedRows(before, after, 'audit_log')).toEqual([
      expect.objectContaining({
        permission: 'round.editIntro',
        entity_type: 'round',
        entity_id: String(round.id),
        round_id: round.id,
        actor_id: ministry.id,
        before: { lineId: line.id, code: '1', intro: null },
        after: { lineId: line.id, code: '1', intro: 'In deze ronde\nstaat de pleegzorg centraal.' },
      }),
    ]);
    expect(await conceptIntro(round.id, ministry)).toBe('In deze ronde\nstaat de pleegzorg centraal.');

    expect(await save('Nieuwe tekst.', 'In deze ronde\nstaat de pleegzorg centraal.')).toMatchObject({ status: 'ok' });
    expect(await conceptIntro(round.id, ministry)).toBe('Nieuwe tekst.');
    before = await snapshotTables(db);
    expect(await save('Nieuwe tekst.', 'Nieuwe tekst.')).toEqual({ status: 'ok', message: 'De inleiding was al zo; er is niets gewijzigd.' });
    expect(await snapshotTables(db)).toEqual(before);

    expect(await save('   ', 'Nieuwe tekst.')).toEqual({ status: 'ok', message: 'De inleiding is weggehaald.' });
    after = await snapshotTables(db);
    expect(after.round_line_intros).toEqual([]);
    expect(addedRows(before, after, 'audit_log')).toEqual([
      expect.objectContaining({ before: { lineId: line.id, code: '1', intro: 'Nieuwe tekst.' }, after: { lineId: line.id, code: '1', intro: null } }),
    ]);
    expect(await conceptIntro(round.id, ministry)).toBeNull();
  });

  it('refuses a save based on a text that moved on, keeping the editor’s own text in the form', async () => {
    const { save } = await scene();
    await save('Eerste versie.', null);
    const before = await snapshotTables(db);
    const stale = await save('Mijn versie.', null);
    expect(stale).toMatchObject({ status: 'error', message: INTRO_CHANGED, values: { text: 'Mijn versie.' } });
    expect(await snapshotTables(db)).toEqual(before);
  });

  it('keeps an archived line’s introduction until it is removed, and gives it no new text', async () => {
    const { line, save } = await scene();
    await save('Van voor het archiveren.', null);
    await db.actionLine.update({ where: { id: line.id }, data: { archivedAt: new Date() } });
    const before = await snapshotTables(db);
    expect(await save('Nieuwe tekst.', 'Van voor het archiveren.')).toMatchObject({ status: 'error', errors: { lineId: [ARCHIVED_LINE] } });
    expect(await snapshotTables(db)).toEqual(before);
    expect(await save('', 'Van voor het archiveren.')).toMatchObject({ status: 'ok' });
    expect(await db.roundLineIntro.count({ where: { lineId: line.id } })).toBe(0);
  });

  it('refuses a published round, a partner, another plan’s line and bad input, exactly, changing nothing', async () => {
    const published = await scene('PUBLISHED');
    let before = await snapshotTables(db);
    expect(await published.save('Te laat.', null)).toMatchObject({ status: 'error', message: 'De rapportageronde is gepubliceerd en kan niet meer veranderen.' });
    expect(await snapshotTables(db)).toEqual(before);
    expect(await findRoundLineIntros({ user: published.ministry, roundId: published.round.id })).toBeNull();

    const { save, ministry } = await scene('CLOSED');
    session.user = await createUser(db, { organisationId: (await createOrganisation(db)).id });
    before = await snapshotTables(db);
    expect(await save('Van een partner.', null)).toMatchObject({ status: 'error', message: 'Alleen redacteuren van het ministerie mogen dit.' });
    expect(await snapshotTables(db)).toEqual(before);

    session.user = ministry;
    expect(await save('Bij een andere lijn.', null, published.line.id)).toMatchObject({ status: 'error', errors: { lineId: [NOT_THIS_PLAN] } });
    expect(await save('x'.repeat(10_001), null)).toMatchObject({ status: 'error', errors: { text: ['De inleiding mag hoogstens 10000 tekens lang zijn.'] } });
    expect(await save('Met\u0000nul', null)).toMatchObject({
      status: 'error',
      errors: { text: ['De inleiding bevat een onzichtbaar stuurteken (U+0000); haal het weg en probeer het opnieuw.'] },
    });
    const forged = await handleEditLineIntro(initialFormState, form({ roundId: 'x', lineId: '1', text: 'Tekst', baseVersion: 'abc' }));
    expect(forged).toMatchObject({ status: 'error', errors: { roundId: ['Ongeldige keuze.'], baseVersion: ['Ongeldige versie.'] } });
    expect(await snapshotTables(db)).toEqual(before);
  });
});
