/**
 * Archiving empty actielijnen and putting them back, through the form handler as the browser calls
 * it (only the session is faked): refused exactly while a line or a sub-line has actions, hidden
 * from the choices of new actions, moves, sub-lines and round introductions, kept by published
 * rounds as they were published. Archiving against an action being added waits for it (a second
 * connection holds the line). Every refusal leaves every table as it was.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { createOrganisation, createReportedAction, createUser } from '../support/editing-factories';
import { closeLockHolders, openLockHolder, raceAgainst } from '../support/lock-holder';
import { addedRows, snapshotTables } from '../support/snapshot-tables';
import { truncateAll } from '../support/test-database';
import type { SessionUser } from '@/lib/auth/session-user';
import { createAction } from '@/lib/actions/create-action';
import { moveAction } from '@/lib/actions/move-action';
import { initialFormState, ValidationError } from '@/lib/errors';
import { createLine } from '@/lib/lines/create-line';
import { ARCHIVED_LINE } from '@/lib/lines/lock-line-for-actions';
import { ALREADY_ARCHIVED, lineHasActionsMessage, NOT_ARCHIVED, setLineArchived } from '@/lib/lines/set-line-archived';
import { findPlanOverview } from '@/lib/plans/find-plan-overview';
import { createRound } from '@/lib/rounds/create-round';
import { findRoundLineIntros } from '@/lib/rounds/find-round-line-intros';

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => session.user }));
const { handleArchiveLine } = await import('@/app/_form-handlers/lines');

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}
const archive = (lineId: number, archived = true) => handleArchiveLine(initialFormState, form({ lineId: String(lineId), archived: String(archived) }));

/** A published plan (line 1 with its action) plus an empty part B with an empty sub-line B1. */
async function scene() {
  const organisation = await createOrganisation(db);
  const reported = await createReportedAction(db, { organisationIds: [organisation.id], state: 'PUBLISHED' });
  const ministry = await createUser(db, { role: 'MINISTRY_EDITOR' });
  session.user = ministry;
  const part = await db.actionLine.create({ data: { planId: reported.plan.id, key: 'b', code: 'B', title: 'Deel B', position: 1 } });
  const sub = await db.actionLine.create({ data: { planId: reported.plan.id, key: 'b1', code: 'B1', title: 'Sub B1', position: 2, parentId: part.id } });
  return { ...reported, ministry, organisation, part, sub };
}

describe('archiving actielijnen', () => {
  beforeEach(async () => {
    await truncateAll(databaseUrl);
    session.user = null;
  });
  afterEach(closeLockHolders);

  it('archives an empty part with its sub-line, audited, and puts a sub-line back with its parent', async () => {
    const { part, sub, ministry } = await scene();
    const before = await snapshotTables(db);
    expect(await archive(part.id)).toEqual({ status: 'ok', message: 'De actielijn is gearchiveerd: zij staat nu onder ‘Gearchiveerde actielijnen’.' });
    const after = await snapshotTables(db);
    const lines = await db.actionLine.findMany({ where: { id: { in: [part.id, sub.id] } }, orderBy: { id: 'asc' } });
    expect(lines.map((line) => line.archivedAt !== null)).toEqual([true, true]);
    expect(addedRows(before, after, 'audit_log')).toEqual([
      expect.objectContaining({
        permission: 'line.archive',
        entity_type: 'line',
        entity_id: String(part.id),
        actor_id: ministry.id,
        before: { archivedAt: null },
        after: { archivedAt: lines[0]!.archivedAt!.toISOString(), lines: [part.id, sub.id] },
      }),
    ]);

    const again = await snapshotTables(db);
    expect(await archive(part.id)).toMatchObject({ status: 'error', message: ALREADY_ARCHIVED });
    expect(await snapshotTables(db)).toEqual(again);

    expect(await archive(sub.id, false)).toEqual({ status: 'ok', message: 'De actielijn is teruggezet.' });
    const back = await db.actionLine.findMany({ where: { id: { in: [part.id, sub.id] } }, orderBy: { id: 'asc' } });
    expect(back.map((line) => line.archivedAt)).toEqual([null, null]);
    const unchanged = await snapshotTables(db);
    expect(await archive(sub.id, false)).toMatchObject({ status: 'error', message: NOT_ARCHIVED });
    expect(await snapshotTables(db)).toEqual(unchanged);
  });

  it('refuses a line with actions, and a part whose sub-line has one, naming the count', async () => {
    const { line, part, sub, plan } = await scene();
    await db.action.create({ data: { planId: plan.id, lineId: sub.id, key: 'x', title: 'Gestopte actie', discontinuedAt: new Date() } });
    const before = await snapshotTables(db);
    expect(await archive(line.id)).toMatchObject({ status: 'error', message: 'Actielijn 1 heeft 1 actie en kan niet worden gearchiveerd; verplaats ze eerst naar een andere actielijn.' });
    expect(await archive(part.id)).toMatchObject({ status: 'error', message: lineHasActionsMessage('B', 1) });
    expect(await snapshotTables(db)).toEqual(before);
    session.user = await createUser(db, { organisationId: (await createOrganisation(db)).id });
    const withPartner = await snapshotTables(db);
    expect(await archive(sub.id)).toMatchObject({ status: 'error', message: 'Alleen redacteuren van het ministerie mogen dit.' });
    expect(await snapshotTables(db)).toEqual(withPartner);
  });

  it('offers an archived line nowhere: no new action, move, sub-line or introduction in a later round', async () => {
    const { plan, action, part, ministry, organisation } = await scene();
    await setLineArchived({ user: ministry, lineId: part.id, archived: true });
    const before = await snapshotTables(db);
    const refused = [
      () => createAction({ user: ministry, planId: plan.id, lineId: part.id, title: 'Nieuwe actie', description: '', organisationIds: [organisation.id] }),
      () => moveAction({ user: ministry, actionId: action.id, lineId: part.id }),
      () => createLine({ user: ministry, planId: plan.id, parentId: part.id, code: 'B2', title: 'Nog een sub-lijn', opgave: '' }),
    ];
    for (const call of refused) {
      const error = await call().catch((thrown: unknown) => thrown);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as Error).message).toBe(ARCHIVED_LINE);
    }
    expect(await snapshotTables(db)).toEqual(before);
    const round = await createRound({ user: ministry, planId: plan.id, title: 'Voortgang 2027', date: '2027-01-01' });
    const intros = await findRoundLineIntros({ user: ministry, roundId: round.id });
    expect(intros?.lines.map((line) => line.code)).toEqual(['1']);
  });

  it('leaves published rounds showing an archived line as they were published', async () => {
    const { plan, line, action, part, ministry, round } = await scene();
    const published = await findPlanOverview(plan.slug, round.key);
    // The action moves on to part B; line 1, now empty, is archived.
    await moveAction({ user: ministry, actionId: action.id, lineId: part.id });
    await setLineArchived({ user: ministry, lineId: line.id, archived: true });
    expect(await findPlanOverview(plan.slug, round.key)).toEqual(published);
    expect(published?.lines.map((l) => l.code)).toEqual(['1']);
  });

  it('archiving waits for an action being added to the line, then refuses', async () => {
    const { plan, part } = await scene();
    const holder = await openLockHolder(databaseUrl);
    // What createAction does: lock the line for share, add the action.
    await holder.query('SELECT id FROM action_lines WHERE id = $1 FOR SHARE', [part.id]);
    await holder.query(`INSERT INTO actions (plan_id, line_id, key, title, position, updated_at) VALUES ($1, $2, 'nieuw', 'Net toegevoegd', 0, now())`, [plan.id, part.id]);
    const before = await snapshotTables(db);
    const result = await raceAgainst(db, holder, () => archive(part.id));
    expect(result).toMatchObject({ status: 'error', message: lineHasActionsMessage('B', 1) });
    const after = await snapshotTables(db);
    expect(addedRows(before, after, 'audit_log')).toEqual([]);
    expect(await db.actionLine.findUniqueOrThrow({ where: { id: part.id } })).toMatchObject({ archivedAt: null });
  });

  it('an action added while the line is being archived waits for it, then is refused', async () => {
    const { plan, part, ministry, organisation } = await scene();
    const holder = await openLockHolder(databaseUrl);
    // What setLineArchived does: lock the line for update, archive it.
    await holder.query('SELECT id FROM action_lines WHERE id = $1 FOR UPDATE', [part.id]);
    await holder.query('UPDATE action_lines SET archived_at = now() WHERE id = $1', [part.id]);
    const error = await raceAgainst(db, holder, () =>
      createAction({ user: ministry, planId: plan.id, lineId: part.id, title: 'Te laat', description: '', organisationIds: [organisation.id] }).catch(
        (thrown: unknown) => thrown,
      ),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toBe(ARCHIVED_LINE);
    expect(await db.action.count({ where: { lineId: part.id } })).toBe(0);
  });
});
