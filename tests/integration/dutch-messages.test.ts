/**
 * What the public API, the exports and the forms answer to an over-long or wrong-type value: the
 * exact Dutch message, never zod's English default, and nothing changed.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { createReportedAction, createUser } from '../support/editing-factories';
import { snapshotTables } from '../support/snapshot-tables';
import { truncateAll } from '../support/test-database';
import type { SessionUser } from '@/lib/auth/session-user';
import { initialFormState } from '@/lib/errors';
import { loadSeedData } from '@/lib/seed/load-seed-data';
import { seedDatabase } from '@/lib/seed/seed-database';

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => session.user }));
const { GET: planRoute } = await import('@/app/api/public/plans/[slug]/route');
const { GET: exportRoute } = await import('@/app/plannen/[slug]/export/[format]/route');
const { handleDiscontinueAction } = await import('@/app/_form-handlers/actions');
const { handlePublishRound } = await import('@/app/_form-handlers/rounds');

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

async function exportJson(query: string) {
  const response = await exportRoute(new Request(`http://test/plannen/actieplan-pleegzorg/export/json?${query}`), {
    params: Promise.resolve({ slug: 'actieplan-pleegzorg', format: 'json' }),
  });
  return { status: response.status, body: await response.json() };
}

describe('Dutch messages for bad values', () => {
  beforeAll(async () => {
    await truncateAll(databaseUrl);
    await seedDatabase(db, loadSeedData());
  });

  it('the open-data API answers an over-long slug in Dutch', async () => {
    const slug = 'a'.repeat(101);
    const response = await planRoute(new Request(`http://test/api/public/plans/${slug}`), { params: Promise.resolve({ slug }) });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'Een plan-slug heeft hoogstens 100 tekens.' });
  });

  it('the exports answer a page that is no number, and a status named after an object property, in Dutch', async () => {
    expect(await exportJson('pagina=twee')).toEqual({
      status: 400,
      body: { error: 'Een paginanummer is een geheel getal van 1 tot en met 10.000.' },
    });
    expect(await exportJson('status=toString')).toEqual({ status: 400, body: { error: 'Onbekende status.' } });
    expect(await exportJson('overtijd=misschien')).toEqual({ status: 400, body: { error: 'Zet dit filter aan met 1.' } });
  });

  it('the forms answer a forged choice in Dutch and change nothing', async () => {
    const reported = await createReportedAction(db, { organisationIds: [], state: 'CLOSED' });
    session.user = await createUser(db, { role: 'MINISTRY_EDITOR' });
    const before = await snapshotTables(db);
    const discontinue = await handleDiscontinueAction(initialFormState, form({ actionId: String(reported.action.id), discontinued: 'misschien' }));
    expect(discontinue.errors).toEqual({ discontinued: ['Ongeldige keuze.'] });
    const publish = await handlePublishRound(initialFormState, form({ roundId: String(reported.round.id), transition: 'publish', confirm: 'on', accepted: 'misschien' }));
    expect(publish.errors).toEqual({ accepted: ['Onbekende categorie.'] });
    expect(await snapshotTables(db)).toEqual(before);
  });
});
