import { describe, expect, it } from 'vitest';
import { db } from '@/tests/support/database-fixture';
import { createRound } from '@/tests/support/factories';
import { createUser } from '@/tests/support/editing-factories';
import { ACTION_STATUSES } from '@/lib/actions/status';
import { toDocx } from '@/lib/exports/to-docx';
import { findPlanOverview } from '@/lib/plans/find-plan-overview';
import { recordPublishedTexts } from '@/lib/rounds/record-published-texts';
import { uploadBijlage } from '@/lib/import/bijlage/upload-bijlage';
import { previewBijlageImport } from '@/lib/import/bijlage/preview-bijlage-import';
import { applyBijlageImport } from '@/lib/import/bijlage/apply-bijlage-import';
import { parseBijlage } from '@/lib/import/bijlage/parse-bijlage';

const ACTIONS = 2000;
const LINES = 10;

/** A plan of 2,000 actions in 10 lines with a published round reporting all of them, and that round's Word bijlage. */
async function largeBijlage(slug: string) {
  const plan = await db.plan.create({ data: { slug, title: `Plan ${slug}` } });
  const lines = await db.actionLine.createManyAndReturn({
    data: Array.from({ length: LINES }, (_, i) => ({ planId: plan.id, key: `l${i + 1}`, code: String(i + 1), title: `Actielijn nummer ${i + 1}`, position: i })),
  });
  const actions = await db.action.createManyAndReturn({
    data: Array.from({ length: ACTIONS }, (_, i) => ({
      planId: plan.id, lineId: lines[i % LINES]!.id, key: `a${i}`, position: i,
      title: `Actie ${i}: verbeteren van de werving, binding en het behoud van pleegouders in regio ${i % 37}`,
    })),
  });
  const round = await createRound(db, plan.id, { date: '2020-12-01', title: 'Voortgang eind 2020' });
  const entries = await db.actionEntry.createManyAndReturn({
    data: actions.map((a, i) => ({ actionId: a.id, roundId: round.id, lineId: a.lineId, position: i })),
  });
  const updates = await db.actionUpdate.createManyAndReturn({
    data: entries.map((e, i) => ({
      entryId: e.id, version: 1, title: actions[i]!.title, status: ACTION_STATUSES[i % 5]!,
      result: `Stand van zaken van actie ${i}.\nDe gesprekken met de regio lopen; een tweede regel tekst.`, planning: i % 3 ? 'eind 2021' : '',
    })),
  });
  await db.$executeRaw`UPDATE action_entries e SET current_update_id = u.id FROM action_updates u WHERE u.entry_id = e.id AND e.round_id = ${round.id}`;
  void updates;
  await recordPublishedTexts(db, round.id);
  const overview = await findPlanOverview(slug, round.key);
  return { plan, bytes: await toDocx(overview!, { columns: ['status'] }) };
}

async function timed<T>(label: string, run: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await run();
  const ms = Math.round(performance.now() - started);
  console.log(`${label}: ${ms} ms`);
  return [value, ms];
}

describe('importing a 2,000-action bijlage', () => {
  it('imports into the same plan (every row matched) and into an empty copy (every row new), printing the times (the budgets are npm run bench\'s)', async () => {
    const { plan, bytes } = await largeBijlage(`groot-${process.pid}`);
    const ministry = await createUser(db, { role: 'MINISTRY_EDITOR' });
    await timed('parseBijlage alone (the Word reader)', () => parseBijlage(bytes));
    const [{ importId }] = await timed('upload', () =>
      uploadBijlage({ user: ministry, planId: plan.id, target: { newRound: { title: 'Volgende', date: '2021-01-01' } }, fileName: 'groot.docx', bytes }),
    );
    const [preview] = await timed('preview (same plan)', () => previewBijlageImport({ user: ministry, importId }));
    expect(preview.rows).toHaveLength(ACTIONS);
    expect(preview.rows.every((r) => r.proposed.kind === 'exact')).toBe(true);
    const [outcome] = await timed('apply (same plan)', () => applyBijlageImport({ user: ministry, importId, choices: {} }));
    expect(outcome).toMatchObject({ created: 0, updated: ACTIONS });

    const empty = await db.plan.create({ data: { slug: `leeg-${process.pid}`, title: 'Leeg plan' } });
    const [fresh] = await timed('upload (empty plan)', () =>
      uploadBijlage({ user: ministry, planId: empty.id, target: { newRound: { title: 'Eerste', date: '2021-01-01' } }, fileName: 'groot.docx', bytes }),
    );
    const [newPreview] = await timed('preview (empty plan)', () => previewBijlageImport({ user: ministry, importId: fresh.importId }));
    expect(newPreview.counts).toMatchObject({ create: ACTIONS, newLines: LINES });
    const [created] = await timed('apply (empty plan: 10 lines, 2,000 actions)', () =>
      applyBijlageImport({ user: ministry, importId: fresh.importId, choices: {} }),
    );
    expect(created).toMatchObject({ created: ACTIONS, newLines: LINES });
    expect(await db.action.count({ where: { planId: empty.id } })).toBe(ACTIONS);
    expect(await db.auditLogEntry.count({ where: { planId: empty.id, permission: 'action.create' } })).toBe(ACTIONS);
    // Generous: two imports of 2,000 rows and a plan generated on a loaded 2-core machine; what is fast enough is the bench's to say.
  }, 300_000);
});
