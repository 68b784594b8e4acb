/**
 * The server actions as a browser calls them, with a forged form: every one is a public endpoint.
 * The session is the only thing faked; parsing, permissions and the database are real.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { createOrganisation, createReportedAction, createUser } from '../support/editing-factories';
import { snapshotTables } from '../support/snapshot-tables';
import { truncateAll } from '../support/test-database';
import type { SessionUser } from '@/lib/auth/session-user';
import { initialFormState } from '@/lib/errors';

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => session.user }));
const { handleSaveActionUpdate } = await import('@/app/_form-handlers/save-action-update');
const { handleApproveEntry, handleReturnEntry } = await import('@/app/_form-handlers/review-entry');
const { handlePublishRound, handleConfirmedRoundStep } = await import('@/app/_form-handlers/rounds');
const { handleCreateUser } = await import('@/app/_form-handlers/users');
const { handleUpdateAction } = await import('@/app/_form-handlers/actions');

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(name, v);
  return data;
}

/** JN's action in an open round, a JN and an NVP partner, a ministry editor. */
async function scene() {
  const jn = await createOrganisation(db);
  const nvp = await createOrganisation(db);
  const jnAction = await createReportedAction(db, { organisationIds: [jn.id], state: 'OPEN', reviewState: 'READY_FOR_REVIEW' });
  return {
    jn,
    nvp,
    jnAction,
    jnPartner: await createUser(db, { organisationId: jn.id }),
    nvpPartner: await createUser(db, { organisationId: nvp.id }),
    ministry: await createUser(db, { role: 'MINISTRY_EDITOR' }),
  };
}

const update = { status: 'DELAYED', result: 'Vertraagd door de zomer', planning: 'najaar 2026', baseVersion: '1' };

describe('server actions called with forged forms', () => {
  beforeEach(async () => {
    await truncateAll(databaseUrl);
    session.user = null;
  });

  it('refuses a partner who posts another organisation’s entry id, and changes nothing', async () => {
    const { jnAction, nvpPartner } = await scene();
    session.user = nvpPartner;
    const before = await snapshotTables(db);
    const result = await handleSaveActionUpdate(initialFormState, form({ ...update, entryId: String(jnAction.entry.id) }));
    expect(result).toMatchObject({ status: 'error', message: 'Deze actie bestaat niet, of valt niet onder uw organisatie.' });
    expect(await snapshotTables(db)).toEqual(before);
  });

  it('publishes only when every category with open items is accepted, also when the form is forged', async () => {
    // The entry is as the previous round had it, nobody marked it ready, and its planning has no parsed range.
    const closed = await createReportedAction(db, { organisationIds: [], state: 'CLOSED' });
    session.user = await createUser(db, { role: 'MINISTRY_EDITOR' });
    const before = await snapshotTables(db);
    const publish = (accepted: string[], confirm = 'on') =>
      handlePublishRound(initialFormState, form({ roundId: String(closed.round.id), transition: 'publish', confirm, accepted }));
    const message =
      'Niet gepubliceerd: accepteer eerst deze categorieën met openstaande punten, of werk ze bij: ‘niet klaar voor controle’ (1) en ‘planning zonder datum’ (1).';
    expect(await publish(['unchanged'])).toMatchObject({ status: 'error', message, errors: { accepted: [message] } });
    expect(await publish(['unchanged', 'toString'])).toMatchObject({ status: 'error', errors: { accepted: ['Onbekende categorie.'] } });
    expect(await publish(['unchanged', 'notReady', 'planningWithoutDate'], '')).toMatchObject({
      status: 'error',
      errors: { confirm: ['Bevestig dat de rapportage openbaar wordt en daarna niet meer kan veranderen.'] },
    });
    expect(await snapshotTables(db)).toEqual(before);

    expect(await publish(['unchanged', 'notReady', 'planningWithoutDate'])).toMatchObject({ status: 'ok' });
    expect((await db.reportingRound.findUniqueOrThrow({ where: { id: closed.round.id } })).state).toBe('PUBLISHED');
  });

  it('refuses review and round steps from a partner and from a reader, and changes nothing', async () => {
    const { jnAction, jnPartner } = await scene();
    for (const user of [jnPartner, null]) {
      session.user = user;
      const before = await snapshotTables(db);
      const entry = { entryId: String(jnAction.entry.id), version: '1' };
      const results = [
        await handleApproveEntry(initialFormState, form(entry)),
        await handleReturnEntry(initialFormState, form({ ...entry, comment: 'Nee' })),
        await handleConfirmedRoundStep(initialFormState, form({ roundId: String(jnAction.round.id), step: 'close', confirm: 'on' })),
        await handleUpdateAction(initialFormState, form({ actionId: String(jnAction.action.id), title: 'Gekaapt', description: '' })),
        await handleCreateUser(
          initialFormState,
          form({ email: 'nep@voorbeeld.nl', name: 'Nep', role: 'MINISTRY_EDITOR', organisationId: '' }),
        ),
      ];
      for (const result of results) expect(result.status).toBe('error');
      expect(results[0]!.message).toBe(user ? 'Alleen redacteuren van het ministerie mogen dit.' : 'Log in om dit te doen.');
      expect(await snapshotTables(db)).toEqual(before);
    }
  });

  it('answers bad input with Dutch messages next to the fields, and changes nothing', async () => {
    const { jnAction, jnPartner } = await scene();
    session.user = jnPartner;
    const before = await snapshotTables(db);
    const result = await handleSaveActionUpdate(
      initialFormState,
      form({ entryId: String(jnAction.entry.id), baseVersion: '1', status: 'HEEL_GOED', result: '   ', planning: 'x'.repeat(301) }),
    );
    expect(result.status).toBe('error');
    expect(result.errors).toEqual({
      status: ['Kies een status uit de lijst.'],
      result: ['Vul het resultaat of de stand van zaken in.'],
      planning: ['De planning (bijv. ‘eind 2026’ of ‘Doorlopend’) mag hoogstens 300 tekens lang zijn.'],
    });
    // What the user typed comes back, so nothing typed is lost.
    expect(result.values).toMatchObject({ result: '   ', status: 'HEEL_GOED' });
    expect(await snapshotTables(db)).toEqual(before);

    const forgedId = await handleSaveActionUpdate(initialFormState, form({ ...update, entryId: '1 OR 1=1' }));
    expect(forgedId.errors).toEqual({ entryId: ['Ongeldige keuze.'] });
    const missingComment = await handleReturnEntry(initialFormState, form({ entryId: String(jnAction.entry.id), version: '1', comment: '' }));
    expect(missingComment.errors).toEqual({ comment: ['Vul een toelichting voor de partner in.'] });
    expect(await snapshotTables(db)).toEqual(before);
  });

  it('saves a valid update for the partner of the responsible organisation', async () => {
    const { jnAction, jnPartner, ministry } = await scene();
    session.user = jnPartner;
    const saved = await handleSaveActionUpdate(initialFormState, form({ ...update, entryId: String(jnAction.entry.id), intent: 'ready' }));
    expect(saved).toMatchObject({ status: 'ok', message: 'Opgeslagen als versie 2. Klaar voor controle door het ministerie.', values: { baseVersion: '2' } });

    session.user = ministry;
    const stale = await handleApproveEntry(initialFormState, form({ entryId: String(jnAction.entry.id), version: '1' }));
    expect(stale.status).toBe('error');
    expect(stale.conflict).toMatchObject({ version: 2, result: 'Vertraagd door de zomer', status: 'DELAYED' });
    expect(await handleApproveEntry(initialFormState, form({ entryId: String(jnAction.entry.id), version: '2' }))).toMatchObject({
      status: 'ok',
    });
  });

  it('creates accounts only with a valid role and organisation', async () => {
    const { ministry, jn } = await scene();
    session.user = ministry;
    const partnerWithoutOrganisation = await handleCreateUser(
      initialFormState,
      form({ email: 'p@voorbeeld.nl', name: 'P. Artner', role: 'PARTNER_EDITOR', organisationId: '' }),
    );
    expect(partnerWithoutOrganisation.errors).toEqual({ organisationId: ['Kies de organisatie van deze partnerredacteur.'] });
    const created = await handleCreateUser(
      initialFormState,
      form({ email: 'P@Voorbeeld.nl', name: 'P. Artner', role: 'PARTNER_EDITOR', organisationId: String(jn.id) }),
    );
    expect(created).toMatchObject({ status: 'ok' });
    expect(await db.user.findUnique({ where: { email: 'p@voorbeeld.nl' } })).toMatchObject({ organisationId: jn.id, role: 'PARTNER_EDITOR', passwordHash: null });
    const duplicate = await handleCreateUser(
      initialFormState,
      form({ email: 'p@voorbeeld.nl', name: 'P. Artner', role: 'PARTNER_EDITOR', organisationId: String(jn.id) }),
    );
    expect(duplicate.errors).toEqual({ email: ['Er is al een account met dit e-mailadres.'] });
  });
});
