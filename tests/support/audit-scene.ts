import type { Database } from '@/lib/prisma-client';
import { createOrganisation, createReportedAction, createUser } from './editing-factories';
import { updateAction } from '@/lib/actions/update-action';
import { approveEntry } from '@/lib/review/approve-entry';
import { saveActionUpdate } from '@/lib/updates/save-action-update';
import { unsafeCreateUserAccount } from '@/lib/users/unsafe-create-user-account';

/**
 * A log with a line for each filter to find, written by the real use cases: JN's partner saves and
 * marks ready an action of plan A, NVP's partner saves one of plan B, the ministry approves JN's
 * and renames NVP's action, and the command line makes an account.
 */
export async function createAuditScene(db: Database) {
  const jn = await createOrganisation(db, { abbreviation: `JN${process.pid}` });
  const nvp = await createOrganisation(db, { abbreviation: `NVP${process.pid}` });
  const a = await createReportedAction(db, { organisationIds: [jn.id], state: 'OPEN' });
  const b = await createReportedAction(db, { organisationIds: [nvp.id, jn.id], state: 'OPEN' });
  const petra = await createUser(db, { organisationId: jn.id, name: 'Petra Partner' });
  const niels = await createUser(db, { organisationId: nvp.id, name: 'Niels NVP' });
  const mira = await createUser(db, { role: 'MINISTRY_EDITOR', name: 'Mira Ministerie' });

  const content = { status: 'DELAYED' as const, result: 'Vertraagd door de zomer, nu weer op koers', planning: 'najaar 2026' };
  await saveActionUpdate({ user: petra, entryId: a.entry.id, baseVersion: 1, content, markReady: true });
  await saveActionUpdate({ user: niels, entryId: b.entry.id, baseVersion: 1, content: { ...content, status: 'COMPLETED', result: 'Afgerond' } });
  await approveEntry({ user: mira, entryId: a.entry.id, version: 2 });
  await updateAction({ user: mira, actionId: b.action.id, title: 'Een hernoemde actie', description: '', organisationIds: [jn.id, nvp.id] });
  await unsafeCreateUserAccount(db, { email: `cli${process.pid}@voorbeeld.nl`, name: 'Carla CLI', role: 'PARTNER_EDITOR', organisationId: jn.id, password: null });
  return { jn, nvp, a, b, petra, niels, mira };
}
