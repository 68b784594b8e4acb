/**
 * A new round's date: refused out of range by the form (it used to fail in the database), and
 * refused before the date of the plan's latest published round, with that date in the message.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { createReportedAction, createUser } from '../support/editing-factories';
import { snapshotTables } from '../support/snapshot-tables';
import { truncateAll } from '../support/test-database';
import type { SessionUser } from '@/lib/auth/session-user';
import { initialFormState } from '@/lib/errors';
import { createRound } from '@/lib/rounds/create-round';

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => session.user }));
const { handleCreateRound } = await import('@/app/_form-handlers/rounds');

function roundForm(planId: number, date: string): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries({ planId: String(planId), title: 'Voortgang 2027', date })) data.append(name, value);
  return data;
}

/** A plan whose rounds of 1 January 2025 and 1 January 2026 ('Deze ronde') are published. */
async function publishedPlan() {
  const reported = await createReportedAction(db, { organisationIds: [], state: 'PUBLISHED' });
  return reported.plan;
}

describe('the date of a new round', () => {
  beforeEach(async () => {
    await truncateAll(databaseUrl);
    session.user = await createUser(db, { role: 'MINISTRY_EDITOR' });
  });

  it('refuses a date outside 2000–2100 with a Dutch message and changes nothing', async () => {
    const plan = await publishedPlan();
    const before = await snapshotTables(db);
    for (const date of ['0000-01-01', '2101-01-01']) {
      const result = await handleCreateRound(initialFormState, roundForm(plan.id, date));
      expect(result).toMatchObject({ status: 'error', errors: { date: ['Kies een datum van 1 januari 2000 tot en met 31 december 2100.'] } });
    }
    expect(await snapshotTables(db)).toEqual(before);
  });

  it('refuses a date before the latest published round’s, naming that date, and changes nothing', async () => {
    const plan = await publishedPlan();
    const before = await snapshotTables(db);
    const message = 'Kies 1 januari 2026 of later: dat is de datum van de laatst gepubliceerde ronde, ‘Deze ronde’.';
    const result = await handleCreateRound(initialFormState, roundForm(plan.id, '2025-12-31'));
    expect(result).toMatchObject({ status: 'error', message, errors: { date: [message] } });
    expect(await snapshotTables(db)).toEqual(before);
  });

  it('accepts the latest published round’s date itself, and any date for a plan without published rounds', async () => {
    const plan = await publishedPlan();
    const sameDay = await createRound({ user: session.user!, planId: plan.id, title: 'Zelfde dag', date: '2026-01-01' });
    expect(sameDay).toMatchObject({ title: 'Zelfde dag', state: 'DRAFT', date: new Date('2026-01-01T00:00:00Z') });

    const fresh = await db.plan.create({ data: { slug: 'nieuw-plan', title: 'Nieuw plan' } });
    expect(await createRound({ user: session.user!, planId: fresh.id, title: 'Eerste', date: '2000-01-01' })).toMatchObject({ state: 'DRAFT' });
  });
});
