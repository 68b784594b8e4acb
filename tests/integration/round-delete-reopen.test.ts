/**
 * Deleting a concept and reopening a closed round, and the confirmation that closing, reopening
 * and deleting ask for, through the form handlers as the browser calls them (only the session is
 * faked). Every refusal names its reason and leaves every table as it was.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { createOrganisation, createReportedAction, createUser } from '../support/editing-factories';
import { addedRows, snapshotTables } from '../support/snapshot-tables';
import { truncateAll } from '../support/test-database';
import type { SessionUser } from '@/lib/auth/session-user';
import type { RoundState } from '@/lib/generated/prisma/client';
import { initialFormState } from '@/lib/errors';
import { createRound } from '@/lib/rounds/create-round';
import { deleteRound } from '@/lib/rounds/delete-round';
import { saveActionUpdate } from '@/lib/updates/save-action-update';

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => session.user }));
const { handleConfirmedRoundStep } = await import('@/app/_form-handlers/rounds');

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

/** Where a form handler that succeeded sends the browser (Next's redirect is thrown, with the address in its digest). */
async function redirectOf(call: Promise<unknown>): Promise<string | undefined> {
  const digest = await call.then(
    () => undefined,
    (error: { digest?: string }) => error.digest,
  );
  return digest?.split(';')[2];
}

async function scene(state: RoundState) {
  const organisation = await createOrganisation(db);
  const reported = await createReportedAction(db, { organisationIds: [organisation.id], state });
  const ministry = await createUser(db, { role: 'MINISTRY_EDITOR' });
  const partner = await createUser(db, { organisationId: organisation.id });
  session.user = ministry;
  return { ...reported, ministry, partner };
}

/** A plan whose rounds are all published, and a new concept round of it with a line introduction. */
async function draftScene() {
  const reported = await scene('PUBLISHED');
  const draft = await createRound({ user: reported.ministry, planId: reported.plan.id, title: 'Voortgang 2027', date: '2027-01-01' });
  await db.roundLineIntro.create({ data: { roundId: draft.id, lineId: reported.line.id, text: 'Inleiding' } });
  return { ...reported, draft };
}

describe('deleting, reopening and confirming round steps', () => {
  beforeEach(async () => {
    await truncateAll(databaseUrl);
    session.user = null;
  });

  it('deletes a concept with its introductions, audited; the plan can then have a new round', async () => {
    const { draft, plan, ministry } = await draftScene();
    const before = await snapshotTables(db);
    expect(await redirectOf(handleConfirmedRoundStep(initialFormState, form({ roundId: String(draft.id), step: 'delete', confirm: 'on' })))).toBe(
      `/beheer/plannen/${plan.id}`,
    );
    const after = await snapshotTables(db);
    expect(await db.reportingRound.findUnique({ where: { id: draft.id } })).toBeNull();
    expect(await db.roundLineIntro.count({ where: { roundId: draft.id } })).toBe(0);
    expect(addedRows(before, after, 'audit_log')).toEqual([
      expect.objectContaining({
        permission: 'round.delete',
        entity_id: String(draft.id),
        actor_id: ministry.id,
        before: { planId: plan.id, key: 'voortgang-2027', title: 'Voortgang 2027', date: '2027-01-01', state: 'DRAFT', lineIntros: 1 },
        after: null,
      }),
    ]);
    await expect(createRound({ user: ministry, planId: plan.id, title: 'Voortgang 2027', date: '2027-02-01' })).resolves.toMatchObject({
      key: 'voortgang-2027',
      state: 'DRAFT',
    });
  });

  it.each([
    ['OPEN', 'Alleen een ronde in concept kan worden verwijderd.'],
    ['CLOSED', 'Alleen een ronde in concept kan worden verwijderd.'],
    ['PUBLISHED', 'De rapportageronde is gepubliceerd en kan niet meer veranderen.'],
  ] as const)('refuses to delete a round that is %s, and changes nothing', async (state, message) => {
    const { round } = await scene(state);
    const before = await snapshotTables(db);
    const result = await handleConfirmedRoundStep(initialFormState, form({ roundId: String(round.id), step: 'delete', confirm: 'on' }));
    expect(result).toMatchObject({ status: 'error', message });
    expect(await snapshotTables(db)).toEqual(before);
  });

  it('refuses to delete a concept that has entries: their versions are history', async () => {
    const { round, ministry } = await scene('DRAFT');
    const before = await snapshotTables(db);
    await expect(deleteRound({ user: ministry, roundId: round.id })).rejects.toThrow(
      'Deze ronde heeft al acties met een stand van zaken; die blijven bewaard, dus zij kan niet worden verwijderd.',
    );
    expect(await snapshotTables(db)).toEqual(before);
  });

  it('reopens a closed round: partners can edit again, and it is audited', async () => {
    const { round, entry, partner } = await scene('CLOSED');
    const content = { status: 'DELAYED' as const, result: 'Na heropenen bijgewerkt', planning: 'eind 2027' };
    await expect(saveActionUpdate({ user: partner, entryId: entry.id, baseVersion: 1, content })).rejects.toThrow(
      'De rapportageronde is niet (meer) open voor invoer.',
    );
    const before = await snapshotTables(db);
    expect(await redirectOf(handleConfirmedRoundStep(initialFormState, form({ roundId: String(round.id), step: 'reopen', confirm: 'on' })))).toBe(
      `/beheer/rondes/${round.id}?stap=heropend`,
    );
    expect(await db.reportingRound.findUniqueOrThrow({ where: { id: round.id } })).toMatchObject({ state: 'OPEN', closedAt: null });
    expect(addedRows(before, await snapshotTables(db), 'audit_log')).toEqual([
      expect.objectContaining({ permission: 'round.reopen', before: { state: 'CLOSED' }, after: { state: 'OPEN' } }),
    ]);
    await expect(saveActionUpdate({ user: partner, entryId: entry.id, baseVersion: 1, content })).resolves.toBeTruthy();
  });

  it.each([
    ['OPEN', 'Alleen een gesloten ronde kan worden heropend.'],
    ['DRAFT', 'Alleen een gesloten ronde kan worden heropend.'],
    ['PUBLISHED', 'De rapportageronde is gepubliceerd en kan niet meer veranderen.'],
  ] as const)('refuses to reopen a round that is %s, and changes nothing', async (state, message) => {
    const { round } = await scene(state);
    const before = await snapshotTables(db);
    const result = await handleConfirmedRoundStep(initialFormState, form({ roundId: String(round.id), step: 'reopen', confirm: 'on' }));
    expect(result).toMatchObject({ status: 'error', message });
    expect(await snapshotTables(db)).toEqual(before);
  });

  it.each([
    ['close', 'OPEN', 'Bevestig dat u de ronde sluit: partners kunnen daarna niet meer bewerken.'],
    ['reopen', 'CLOSED', 'Bevestig dat u de ronde heropent: partners kunnen daarna weer bewerken.'],
    ['delete', 'DRAFT', 'Bevestig dat u deze conceptronde verwijdert.'],
  ] as const)('refuses to %s without the confirmation, forged form or not, and changes nothing', async (step, state, message) => {
    const { round } = await scene(state);
    const before = await snapshotTables(db);
    for (const confirm of [undefined, '', 'ja']) {
      const fields = { roundId: String(round.id), step, ...(confirm === undefined ? {} : { confirm }) };
      expect(await handleConfirmedRoundStep(initialFormState, form(fields))).toMatchObject({ status: 'error', errors: { confirm: [message] } });
    }
    expect(await snapshotTables(db)).toEqual(before);
  });

  it('closes an open round once confirmed', async () => {
    const { round } = await scene('OPEN');
    expect(await redirectOf(handleConfirmedRoundStep(initialFormState, form({ roundId: String(round.id), step: 'close', confirm: 'on' })))).toBe(
      `/beheer/rondes/${round.id}?stap=gesloten`,
    );
    expect((await db.reportingRound.findUniqueOrThrow({ where: { id: round.id } })).state).toBe('CLOSED');
  });
});
