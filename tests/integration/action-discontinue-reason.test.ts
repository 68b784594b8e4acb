/**
 * *Niet meer rapporteren* with a reason, through the form handler as the browser calls it (only the
 * session is faked): the reason is required, plain text and bounded; it is stored, audited, shown
 * as the last word of the public timeline and in the open data, and reporting again clears it
 * (the audit log keeps it). Both tell every app instance to drop its cached pages (NOTIFY on
 * commit). Every refusal is exact and leaves every table as it was.
 */
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { createOrganisation, createReportedAction, createUser } from '../support/editing-factories';
import { addedRows, snapshotTables } from '../support/snapshot-tables';
import { truncateAll } from '../support/test-database';
import type { SessionUser } from '@/lib/auth/session-user';
import { findActionHistory } from '@/lib/actions/find-action-history';
import { ALREADY_DISCONTINUED, ALREADY_REPORTED } from '@/lib/actions/set-action-discontinued';
import { initialFormState } from '@/lib/errors';
import { findPublicPlanDocument } from '@/lib/open-data/plan-document';
import { PUBLICATION_CHANNEL } from '@/lib/server/listen-for-publications';

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => session.user }));
const { handleDiscontinueAction } = await import('@/app/_form-handlers/actions');

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

async function scene() {
  const organisation = await createOrganisation(db);
  const reported = await createReportedAction(db, { organisationIds: [organisation.id], state: 'PUBLISHED' });
  session.user = await createUser(db, { role: 'MINISTRY_EDITOR' });
  return reported;
}

const listeners: pg.Client[] = [];
/** The plan slugs NOTIFY'd on the page channel, as another app instance hears them. */
async function listen(): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  listeners.push(client);
  const heard: string[] = [];
  client.on('notification', (message) => heard.push(message.payload ?? ''));
  await client.query(`LISTEN ${PUBLICATION_CHANNEL}`);
  return heard;
}
/** Resolves once every NOTIFY sent before it has been delivered to `client` (a round trip after them). */
async function delivered() {
  await Promise.all(listeners.map((client) => client.query('SELECT 1')));
}

describe('no longer reporting an action, with a reason', () => {
  beforeEach(async () => {
    await truncateAll(databaseUrl);
    session.user = null;
  });
  afterEach(async () => {
    await Promise.all(listeners.splice(0).map((client) => client.end()));
  });

  it.each([
    ['no reason', {}, 'Vul de reden in.'],
    ['an empty reason', { reason: '   ' }, 'Vul de reden in.'],
    ['a reason over 500 characters', { reason: 'x'.repeat(501) }, 'De reden mag hoogstens 500 tekens lang zijn.'],
    ['a control character', { reason: 'Stopt\u0007' }, 'De reden bevat een onzichtbaar stuurteken (U+0007); haal het weg en probeer het opnieuw.'],
  ])('refuses %s with a Dutch message and changes nothing', async (_name, fields: Record<string, string>, message) => {
    const { action } = await scene();
    const before = await snapshotTables(db);
    const result = await handleDiscontinueAction(initialFormState, form({ actionId: String(action.id), discontinued: 'true', ...fields }));
    expect(result).toMatchObject({ status: 'error', errors: { reason: [message] } });
    expect(await snapshotTables(db)).toEqual(before);
  });

  it('stores and audits the reason, shows it as the last word of the timeline and in the open data, and notifies', async () => {
    const { action, plan } = await scene();
    const heard = await listen();
    const before = await snapshotTables(db);
    const reason = 'Opgegaan in de nieuwe aanpak\r\nvan de jeugdzorgregio’s.';
    const result = await handleDiscontinueAction(initialFormState, form({ actionId: String(action.id), discontinued: 'true', reason }));
    expect(result).toEqual({ status: 'ok', message: 'De actie wordt vanaf de volgende ronde niet meer gerapporteerd; haar geschiedenis blijft.' });
    const after = await snapshotTables(db);
    const stored = await db.action.findUniqueOrThrow({ where: { id: action.id } });
    expect(stored.discontinuedReason).toBe('Opgegaan in de nieuwe aanpak\nvan de jeugdzorgregio’s.');
    expect(stored.discontinuedAt).not.toBeNull();
    expect(addedRows(before, after, 'audit_log')).toEqual([
      expect.objectContaining({
        permission: 'action.discontinue',
        entity_type: 'action',
        entity_id: String(action.id),
        action_id: action.id,
        before: { discontinuedAt: null, discontinuedReason: null },
        after: { discontinuedAt: stored.discontinuedAt!.toISOString(), discontinuedReason: stored.discontinuedReason },
      }),
    ]);
    // Only the action and the audit log changed.
    expect(Object.keys(after).filter((table) => JSON.stringify(after[table]) !== JSON.stringify(before[table])).sort()).toEqual(['actions', 'audit_log']);

    const history = await findActionHistory(plan.slug, action.id);
    expect(history?.discontinued).toEqual({ since: stored.discontinuedAt!.toISOString(), reason: stored.discontinuedReason });
    const document = await findPublicPlanDocument(plan.slug);
    expect(document?.actions[0]?.discontinued).toEqual({ since: stored.discontinuedAt!.toISOString(), reason: stored.discontinuedReason });
    await delivered();
    expect(heard).toEqual([plan.slug]);
  });

  it('refuses to stop an action twice, and reporting again clears the reason while the audit keeps it', async () => {
    const { action, plan } = await scene();
    const stop = form({ actionId: String(action.id), discontinued: 'true', reason: 'Afgerond buiten het plan.' });
    await handleDiscontinueAction(initialFormState, stop);

    let before = await snapshotTables(db);
    const again = await handleDiscontinueAction(initialFormState, form({ actionId: String(action.id), discontinued: 'true', reason: 'Iets anders.' }));
    expect(again).toMatchObject({ status: 'error', message: ALREADY_DISCONTINUED });
    expect(await snapshotTables(db)).toEqual(before);

    const heard = await listen();
    before = await snapshotTables(db);
    const resumed = await handleDiscontinueAction(initialFormState, form({ actionId: String(action.id), discontinued: 'false' }));
    expect(resumed).toEqual({ status: 'ok', message: 'De actie wordt weer gerapporteerd.' });
    const after = await snapshotTables(db);
    expect(await db.action.findUniqueOrThrow({ where: { id: action.id } })).toMatchObject({ discontinuedAt: null, discontinuedReason: null });
    expect(addedRows(before, after, 'audit_log')).toEqual([
      expect.objectContaining({
        permission: 'action.discontinue',
        before: { discontinuedAt: expect.any(String), discontinuedReason: 'Afgerond buiten het plan.' },
        after: { discontinuedAt: null, discontinuedReason: null },
      }),
    ]);
    expect((await findActionHistory(plan.slug, action.id))?.discontinued).toBeNull();
    expect((await findPublicPlanDocument(plan.slug))?.actions[0]?.discontinued).toBeNull();
    await delivered();
    expect(heard).toEqual([plan.slug]);

    before = await snapshotTables(db);
    const twice = await handleDiscontinueAction(initialFormState, form({ actionId: String(action.id), discontinued: 'false' }));
    expect(twice).toMatchObject({ status: 'error', message: ALREADY_REPORTED });
    expect(await snapshotTables(db)).toEqual(before);
  });

  it('refuses a partner editor and an unknown action, changing nothing', async () => {
    const { action } = await scene();
    session.user = await createUser(db, { organisationId: (await createOrganisation(db)).id });
    const after = await snapshotTables(db);
    const partner = await handleDiscontinueAction(initialFormState, form({ actionId: String(action.id), discontinued: 'true', reason: 'Weg.' }));
    expect(partner).toMatchObject({ status: 'error', message: 'Alleen redacteuren van het ministerie mogen dit.' });
    expect(await snapshotTables(db)).toEqual(after);
    session.user = await createUser(db, { role: 'MINISTRY_EDITOR' });
    const withMinistry = await snapshotTables(db);
    const unknown = await handleDiscontinueAction(initialFormState, form({ actionId: String(action.id + 999), discontinued: 'true', reason: 'Weg.' }));
    expect(unknown).toMatchObject({ status: 'error', message: 'Deze actie bestaat niet.' });
    expect(await snapshotTables(db)).toEqual(withMinistry);
  });
});
