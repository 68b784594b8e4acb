/**
 * The conversation about an entry: a return writes a RETURN comment into the thread in its
 * transaction, a partner of a responsible organisation answers a returned entry while the round is
 * open, and the thread reads oldest first in the workspace, the review and on the entry's page.
 * Each refusal names its exact Dutch reason and leaves every table as it was.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { createOrganisation, createReportedAction, createUser } from '../support/editing-factories';
import { addedRows, snapshotTables } from '../support/snapshot-tables';
import { truncateAll } from '../support/test-database';
import type { SessionUser } from '@/lib/auth/session-user';
import { ForbiddenError, initialFormState, NotFoundError } from '@/lib/errors';
import { answerEntry } from '@/lib/review/answer-entry';
import { latestAnswer } from '@/lib/review/entry-thread';
import { findRoundReview } from '@/lib/review/find-round-review';
import { returnEntry } from '@/lib/review/return-entry';
import { findEntryForEditing } from '@/lib/updates/find-entry-for-editing';
import { findWorkspace } from '@/lib/updates/find-workspace';

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => session.user }));
const { handleAnswerEntry } = await import('@/app/_form-handlers/answer-entry');

/** JN's action in a round of `state`, returned by the ministry with a comment when the round is open. */
async function scene(options: { state?: 'OPEN' | 'CLOSED'; returned?: boolean } = {}) {
  const jn = await createOrganisation(db);
  const nvp = await createOrganisation(db);
  const reported = await createReportedAction(db, { organisationIds: [jn.id], state: 'OPEN', reviewState: 'READY_FOR_REVIEW' });
  const ministry = await createUser(db, { role: 'MINISTRY_EDITOR', name: 'Mira Ministerie' });
  const partner = await createUser(db, { organisationId: jn.id, name: 'Petra Partner' });
  const outsider = await createUser(db, { organisationId: nvp.id });
  if (options.returned ?? true) {
    await returnEntry({ user: ministry, entryId: reported.entry.id, version: 1, comment: 'Graag de datum preciseren.' });
  }
  if (options.state === 'CLOSED') await db.reportingRound.update({ where: { id: reported.round.id }, data: { state: 'CLOSED' } });
  return { ...reported, jn, ministry, partner, outsider };
}

async function expectRefused(run: () => Promise<unknown>, error: typeof ForbiddenError | typeof NotFoundError, message: string) {
  const before = await snapshotTables(db);
  const thrown = await run().then(() => null, (e: unknown) => e);
  expect(thrown).toBeInstanceOf(error);
  expect((thrown as Error).message).toBe(message);
  expect(await snapshotTables(db)).toEqual(before);
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

describe('the thread of an entry', () => {
  beforeEach(async () => {
    await truncateAll(databaseUrl);
    session.user = null;
  });

  it('a return writes its comment into the thread, in the same transaction as the review state', async () => {
    const { entry, ministry } = await scene({ returned: false });
    const before = await snapshotTables(db);
    await returnEntry({ user: ministry, entryId: entry.id, version: 1, comment: 'Graag de datum preciseren.' });
    const after = await snapshotTables(db);
    expect(addedRows(before, after, 'entry_comments')).toMatchObject([
      { entry_id: entry.id, author_id: ministry.id, kind: 'RETURN', body: 'Graag de datum preciseren.', version: 1 },
    ]);
    const row = await db.actionEntry.findUniqueOrThrow({ where: { id: entry.id } });
    expect({ state: row.reviewState, comment: row.reviewComment }).toEqual({ state: 'RETURNED', comment: 'Graag de datum preciseren.' });
  });

  it('the partner answers a returned entry: the answer joins the thread, audited, the review state stays', async () => {
    const { entry, partner } = await scene();
    const before = await snapshotTables(db);
    await answerEntry({ user: partner, entryId: entry.id, body: 'Het wordt maart 2027.' });
    const after = await snapshotTables(db);
    const [comment] = addedRows(before, after, 'entry_comments') as { id: number }[];
    expect(comment).toMatchObject({ entry_id: entry.id, author_id: partner.id, kind: 'ANSWER', body: 'Het wordt maart 2027.', version: 1 });
    expect(addedRows(before, after, 'audit_log')).toMatchObject([
      { permission: 'entry.answer', actor_id: partner.id, entity_type: 'entry', entity_id: String(entry.id), after: { commentId: comment!.id, kind: 'ANSWER', body: 'Het wordt maart 2027.', version: 1 } },
    ]);
    expect(after.action_entries).toEqual(before.action_entries);
  });

  it('refuses another organisation, the ministry, an entry not returned and a closed round, with their reasons', async () => {
    const open = await scene();
    await expectRefused(
      () => answerEntry({ user: open.outsider, entryId: open.entry.id, body: 'Ik ook.' }),
      NotFoundError,
      'Deze actie bestaat niet, of valt niet onder uw organisatie.',
    );
    await expectRefused(
      () => answerEntry({ user: open.ministry, entryId: open.entry.id, body: 'Van ons.' }),
      ForbiddenError,
      'Op een teruggestuurde actie antwoordt de partnerorganisatie.',
    );
    await expectRefused(() => answerEntry({ user: null, entryId: open.entry.id, body: 'Anoniem.' }), ForbiddenError, 'Log in om dit te doen.');

    const notReturned = await scene({ returned: false });
    await expectRefused(
      () => answerEntry({ user: notReturned.partner, entryId: notReturned.entry.id, body: 'Zomaar.' }),
      ForbiddenError,
      'Alleen een teruggestuurde actie kan worden beantwoord.',
    );
    const closed = await scene({ state: 'CLOSED' });
    await expectRefused(
      () => answerEntry({ user: closed.partner, entryId: closed.entry.id, body: 'Te laat.' }),
      ForbiddenError,
      'De rapportageronde is niet (meer) open voor invoer.',
    );
  });

  it('the form refuses an empty, a too long and an invisible answer in Dutch, and changes nothing', async () => {
    const { entry, partner } = await scene();
    session.user = partner;
    const cases: [string, string][] = [
      ['   ', 'Vul uw antwoord in.'],
      ['x'.repeat(2001), 'Uw antwoord mag hoogstens 2000 tekens lang zijn.'],
      ['Antwoord\u0000', 'Uw antwoord bevat een onzichtbaar stuurteken (U+0000); haal het weg en probeer het opnieuw.'],
    ];
    for (const [body, message] of cases) {
      const before = await snapshotTables(db);
      const result = await handleAnswerEntry(initialFormState, form({ entryId: String(entry.id), body }));
      expect({ status: result.status, errors: result.errors?.body }).toEqual({ status: 'error', errors: [message] });
      expect(await snapshotTables(db)).toEqual(before);
    }
    const sent = await handleAnswerEntry(initialFormState, form({ entryId: String(entry.id), body: 'Eerste regel\r\nTweede regel' }));
    expect(sent).toEqual({ status: 'ok', message: 'Uw antwoord is verstuurd; het ministerie ziet het bij de controle.' });
    expect((await db.entryComment.findFirstOrThrow({ where: { kind: 'ANSWER' } })).body).toBe('Eerste regel\nTweede regel');
  });

  it('reads the thread oldest first in the workspace, the review and on the entry’s page', async () => {
    const { entry, round, ministry, partner } = await scene();
    await answerEntry({ user: partner, entryId: entry.id, body: 'Eerste antwoord.' });
    await db.actionEntry.update({ where: { id: entry.id }, data: { reviewState: 'READY_FOR_REVIEW' } });
    await returnEntry({ user: ministry, entryId: entry.id, version: 1, comment: 'Nog niet helemaal.' });
    await answerEntry({ user: partner, entryId: entry.id, body: 'Tweede antwoord.' });
    const expected = [
      ['RETURN', 'Graag de datum preciseren.', 'Mira Ministerie', 'ministerie'],
      ['ANSWER', 'Eerste antwoord.', 'Petra Partner'],
      ['RETURN', 'Nog niet helemaal.', 'Mira Ministerie', 'ministerie'],
      ['ANSWER', 'Tweede antwoord.', 'Petra Partner'],
    ];
    const shape = (thread: { kind: string; body: string; authorName: string; authorSide: string }[]) =>
      thread.map((c) => [c.kind, c.body, c.authorName, ...(c.authorSide === 'ministerie' ? ['ministerie'] : [])]);

    const [workspace] = await findWorkspace({ user: partner });
    const workspaceEntry = workspace!.entries[0]!;
    expect(shape(workspaceEntry.thread)).toEqual(expected);
    expect(workspaceEntry.canAnswer).toBe(true);
    const review = await findRoundReview({ user: ministry, roundId: round.id });
    expect(shape(review!.entries[0]!.thread)).toEqual(expected);
    expect(latestAnswer(review!.entries[0]!.thread)?.body).toBe('Tweede antwoord.');
    const page = await findEntryForEditing({ user: ministry, entryId: entry.id });
    expect(shape(page!.entry.thread)).toEqual(expected);
    expect(page!.entry).toMatchObject({ canApprove: true, canReturn: false });
  });
});
