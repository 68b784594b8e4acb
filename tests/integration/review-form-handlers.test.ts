/**
 * The review's new form handlers called as a browser would, with forged forms: Selectie goedkeuren
 * and Ongedaan maken. The session is the only thing faked.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { createReviewScene } from '../support/review-scene';
import { snapshotTables } from '../support/snapshot-tables';
import { truncateAll } from '../support/test-database';
import type { SessionUser } from '@/lib/auth/session-user';
import { initialFormState } from '@/lib/errors';

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => session.user }));
const { handleApproveEntries, handleUndoReview } = await import('@/app/_form-handlers/review-entry');

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(name, v);
  return data;
}

describe('Selectie goedkeuren and Ongedaan maken as forms', () => {
  beforeEach(async () => {
    await truncateAll(databaseUrl);
    session.user = null;
  });

  it('refuses a partner and a reader, answers a forged selection in Dutch, and changes nothing', async () => {
    const { entries, partnerA } = await createReviewScene(db);
    const before = await snapshotTables(db);
    for (const [user, message] of [
      [partnerA, 'Alleen redacteuren van het ministerie mogen dit.'],
      [null, 'Log in om dit te doen.'],
    ] as const) {
      session.user = user;
      expect(await handleApproveEntries(initialFormState, form({ selectie: [`${entries.shared.id}:1`] }))).toMatchObject({ status: 'error', message });
      expect(
        await handleUndoReview(initialFormState, form({ entryId: String(entries.shared.id), version: '1', reviewState: 'APPROVED' })),
      ).toMatchObject({ status: 'error', message });
    }
    session.user = partnerA;
    const forged = await handleApproveEntries(initialFormState, form({ selectie: ['1 OR 1=1'] }));
    expect(forged.errors).toEqual({ selectie: ['Ongeldige keuze.'] });
    const empty = await handleApproveEntries(initialFormState, form({}));
    expect(empty.errors).toEqual({ selectie: ['Kies eerst een of meer acties om goed te keuren.'] });
    const state = await handleUndoReview(initialFormState, form({ entryId: String(entries.shared.id), version: '1', reviewState: 'NOT_STARTED' }));
    expect(state.errors).toEqual({ reviewState: ['Ongeldige keuze.'] });
    expect(await snapshotTables(db)).toEqual(before);
  });

  it('approves a selection for the ministry, says what was skipped, and undoes one', async () => {
    const { entries, ministry } = await createReviewScene(db);
    session.user = ministry;
    const approved = await handleApproveEntries(initialFormState, form({ selectie: [`${entries.shared.id}:1`, `${entries.still.id}:3`] }));
    expect(approved).toMatchObject({
      status: 'ok',
      message: '1 actie goedgekeurd.',
      data: { skipped: [{ title: 'Stilstaand', reason: '‘Stilstaand’ is intussen gewijzigd (versie 1); niet goedgekeurd.' }] },
    });
    const undone = await handleUndoReview(initialFormState, form({ entryId: String(entries.shared.id), version: '1', reviewState: 'APPROVED' }));
    expect(undone).toMatchObject({
      status: 'ok',
      message: 'Goedkeuren van ‘Gedeeld’ ongedaan gemaakt; de actie staat weer op ‘klaar voor controle’.',
    });
  });
});
