/**
 * The trekker of an action, chosen in management: stored at position 0, changeable, audited; a
 * trekker that is not one of the chosen organisations is refused with its Dutch message and
 * nothing changes.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { createOrganisation, createReportedAction, createUser } from '../support/editing-factories';
import { snapshotTables } from '../support/snapshot-tables';
import { truncateAll } from '../support/test-database';
import type { SessionUser } from '@/lib/auth/session-user';
import { initialFormState } from '@/lib/errors';
import { organisationsText } from '@/lib/organisations/organisations-text';

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => session.user }));
const { handleCreateAction, handleUpdateAction } = await import('@/app/_form-handlers/actions');

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(name, v);
  return data;
}

const order = (actionId: number) =>
  db.actionResponsibility.findMany({ where: { actionId }, orderBy: { position: 'asc' }, select: { organisationId: true, position: true } });

async function scene() {
  const jn = await createOrganisation(db, { abbreviation: 'JN' });
  const nvp = await createOrganisation(db, { abbreviation: 'NVP' });
  const vws = await createOrganisation(db, { abbreviation: 'VWS' });
  const reported = await createReportedAction(db, { organisationIds: [jn.id, nvp.id], state: 'OPEN' });
  session.user = await createUser(db, { role: 'MINISTRY_EDITOR' });
  return { jn, nvp, vws, ...reported };
}

describe('the trekker of an action', () => {
  beforeEach(async () => {
    await truncateAll(databaseUrl);
    session.user = null;
  });

  it('refuses a trekker that is not one of the chosen organisations, and changes nothing', async () => {
    const { jn, nvp, vws, action, line, plan } = await scene();
    const before = await snapshotTables(db);
    const updated = await handleUpdateAction(
      initialFormState,
      form({ actionId: String(action.id), title: 'Een actie', description: '', organisationIds: [String(jn.id), String(nvp.id)], leadOrganisationId: String(vws.id) }),
    );
    expect(updated).toMatchObject({ status: 'error', errors: { leadOrganisationId: ['De trekker moet een van de gekozen organisaties zijn.'] } });
    const created = await handleCreateAction(
      initialFormState,
      form({ planId: String(plan.id), lineId: String(line.id), title: 'Nieuwe actie', description: '', organisationIds: [String(jn.id)], leadOrganisationId: String(nvp.id) }),
    );
    expect(created).toMatchObject({ status: 'error', errors: { leadOrganisationId: ['De trekker moet een van de gekozen organisaties zijn.'] } });
    const unnamed = await handleUpdateAction(
      initialFormState,
      form({ actionId: String(action.id), title: 'Een actie', description: '', organisationIds: [String(jn.id), String(nvp.id)] }),
    );
    expect(unnamed).toMatchObject({ status: 'error', errors: { leadOrganisationId: ['Kies welke van de gekozen organisaties de trekker is.'] } });
    expect(await snapshotTables(db)).toEqual(before);
  });

  it('stores the chosen trekker first, whatever the order of the checkboxes, and audits the change', async () => {
    const { jn, nvp, vws, action, plan, line } = await scene();
    const changed = await handleUpdateAction(
      initialFormState,
      form({ actionId: String(action.id), title: 'Een actie', description: '', organisationIds: [String(jn.id), String(nvp.id), String(vws.id)], leadOrganisationId: String(nvp.id) }),
    );
    expect(changed).toEqual({ status: 'ok', message: 'De actie is bijgewerkt.' });
    expect(await order(action.id)).toEqual([
      { organisationId: nvp.id, position: 0 },
      { organisationId: jn.id, position: 1 },
      { organisationId: vws.id, position: 2 },
    ]);
    const audit = await db.auditLogEntry.findFirstOrThrow({ where: { permission: 'action.rename' }, select: { before: true, after: true } });
    expect(audit.before).toMatchObject({ organisationIds: [jn.id, nvp.id], leadOrganisationId: jn.id });
    expect(audit.after).toMatchObject({ organisationIds: [nvp.id, jn.id, vws.id], leadOrganisationId: nvp.id });

    const created = await handleCreateAction(
      initialFormState,
      form({ planId: String(plan.id), lineId: String(line.id), title: 'Gedeelde actie', description: '', organisationIds: [String(jn.id), String(vws.id)], leadOrganisationId: String(vws.id) }),
    );
    expect(created).toMatchObject({ status: 'ok' });
    const added = await db.action.findFirstOrThrow({ where: { title: 'Gedeelde actie' }, select: { id: true } });
    expect((await order(added.id)).map((r) => r.organisationId)).toEqual([vws.id, jn.id]);
    // One organisation needs no choice: it leads on its own.
    const alone = await handleCreateAction(
      initialFormState,
      form({ planId: String(plan.id), lineId: String(line.id), title: 'Eigen actie', description: '', organisationIds: [String(nvp.id)] }),
    );
    expect(alone).toMatchObject({ status: 'ok' });
  });

  it('names the trekker in text only when several organisations are responsible', () => {
    expect(organisationsText(['JN', 'NVP'])).toBe('JN (trekker), NVP');
    expect(organisationsText(['JN'])).toBe('JN');
    expect(organisationsText([])).toBe('');
  });
});
