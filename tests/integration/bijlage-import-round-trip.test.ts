import { describe, expect, it } from 'vitest';
import { db } from '@/tests/support/database-fixture';
import { createRound } from '@/tests/support/factories';
import { createUser } from '@/tests/support/editing-factories';
import type { ActionStatus } from '@/lib/actions/status';
import { toDocx } from '@/lib/exports/to-docx';
import { findPlanOverview } from '@/lib/plans/find-plan-overview';
import { recordPublishedTexts } from '@/lib/rounds/record-published-texts';
import { uploadBijlage } from '@/lib/import/bijlage/upload-bijlage';
import { previewBijlageImport } from '@/lib/import/bijlage/preview-bijlage-import';
import { applyBijlageImport } from '@/lib/import/bijlage/apply-bijlage-import';

/** What the round reports, awkward on purpose: every status, multi-line texts, completed with and without planning. */
const TEXTS: { title: string; status: ActionStatus; result: string; planning: string; line: 0 | 1 }[] = [
  { line: 0, title: 'Campagne “supergewone mensen gezocht”', status: 'NOT_STARTED', result: '', planning: 'voorjaar 2021' },
  { line: 0, title: 'Evaluatie Wet verbetering positie pleegouders', status: 'IN_PROGRESS', result: 'Het onderzoek loopt.\nDe eerste resultaten komen in maart.', planning: 'medio 2021' },
  { line: 0, title: 'Week van de Pleegzorg – uitvoering', status: 'DELAYED', result: 'Uitgesteld door de maatregelen.', planning: 'najaar 2021\nof later' },
  { line: 1, title: 'Project ‘Investeren in de kracht van pleegouders’', status: 'COMPLETED', result: 'Afgerond; het rapport is verschenen.', planning: 'eind 2020' },
  { line: 1, title: 'Verzamelen en verspreiden van goede voorbeelden', status: 'COMPLETED', result: 'Afgerond.', planning: '' },
  { line: 1, title: 'Onderzoek financiële aspecten', status: 'STOPPED', result: 'Gestopt: opgegaan in een ander onderzoek.', planning: '' },
];

let counter = 0;

async function planWithLines() {
  const slug = `rondje-${process.pid}-${++counter}`;
  const plan = await db.plan.create({ data: { slug, title: `Plan ${slug}` } });
  const lines = [
    await db.actionLine.create({ data: { planId: plan.id, key: '1', code: '1', title: 'Continuïteit en stabiliteit', position: 0 } }),
    await db.actionLine.create({ data: { planId: plan.id, key: '2', code: '2', title: 'Toerusten van pleegouders', position: 1 } }),
  ];
  const actions = [];
  for (const [position, text] of TEXTS.entries()) {
    actions.push(await db.action.create({ data: { planId: plan.id, lineId: lines[text.line]!.id, key: `a${position}`, title: text.title, position } }));
  }
  return { plan, lines, actions };
}

async function publishedBijlage(columns: ('status' | 'verantwoordelijk')[]) {
  const source = await planWithLines();
  const round = await createRound(db, source.plan.id, { date: '2020-12-01', title: 'Voortgang eind 2020' });
  for (const [position, text] of TEXTS.entries()) {
    const entry = await db.actionEntry.create({ data: { actionId: source.actions[position]!.id, roundId: round.id, lineId: source.lines[text.line]!.id, position } });
    const update = await db.actionUpdate.create({ data: { entryId: entry.id, version: 1, title: text.title, status: text.status, result: text.result, planning: text.planning } });
    await db.actionEntry.update({ where: { id: entry.id }, data: { currentUpdateId: update.id } });
  }
  await recordPublishedTexts(db, round.id);
  const overview = await findPlanOverview(source.plan.slug, round.key);
  return { source, round, bytes: await toDocx(overview!, { columns }) };
}

async function importInto(planId: number, bytes: Buffer, date: string) {
  const ministry = await createUser(db, { role: 'MINISTRY_EDITOR' });
  const { importId } = await uploadBijlage({ user: ministry, planId, target: { newRound: { title: 'Teruggelezen', date } }, fileName: 'bijlage.docx', bytes });
  const preview = await previewBijlageImport({ user: ministry, importId });
  const outcome = await applyBijlageImport({ user: ministry, importId, choices: {} });
  const updates = await db.actionUpdate.findMany({ where: { entry: { roundId: outcome.roundId } }, include: { entry: true }, orderBy: { entry: { position: 'asc' } } });
  return { preview, outcome, updates };
}

describe('the round trip of the app’s own bijlage', () => {
  it('reproduces every title, status, result and planning in a copy of the plan (Status column)', async () => {
    const { bytes } = await publishedBijlage(['status']);
    const copy = await planWithLines();
    const { preview, updates } = await importInto(copy.plan.id, bytes, '2021-01-01');
    expect(preview.problems).toEqual([]);
    expect(preview.rows.map((r) => r.proposed.kind)).toEqual(TEXTS.map(() => 'exact'));
    expect(updates.map((u) => ({ title: u.title, status: u.status, result: u.result, planning: u.planning }))).toEqual(
      TEXTS.map(({ line: _line, ...text }) => text),
    );
    expect(updates.map((u) => u.entry.actionId)).toEqual(copy.actions.map((a) => a.id));
  });

  it('reproduces the texts and the completed marks of the default bijlage', async () => {
    const { bytes } = await publishedBijlage([]);
    const copy = await planWithLines();
    const { updates, preview } = await importInto(copy.plan.id, bytes, '2021-01-01');
    expect(updates.map((u) => ({ title: u.title, result: u.result, planning: u.planning }))).toEqual(
      TEXTS.map(({ title, result, planning }) => ({ title, result, planning })),
    );
    // Only afgerond is marked; the others say nothing about their status.
    expect(preview.rows.map((r) => r.statusFromDocument)).toEqual(TEXTS.map((t) => t.status === 'COMPLETED'));
    expect(updates.filter((u) => u.status === 'COMPLETED').map((u) => u.title)).toEqual(TEXTS.filter((t) => t.status === 'COMPLETED').map((t) => t.title));
  });

  it('matches everything exactly and changes nothing in the same plan’s next round', async () => {
    const { source, bytes } = await publishedBijlage(['status']);
    const { preview, outcome, updates } = await importInto(source.plan.id, bytes, '2021-01-01');
    expect(preview.rows.map((r) => [r.proposed.kind, r.chosen])).toEqual(source.actions.map((a) => ['exact', a.id]));
    expect(preview.rows.every((r) => r.diff.result.every((part) => part.kind === 'same'))).toBe(true);
    expect(outcome).toMatchObject({ created: 0, updated: TEXTS.length });
    expect(updates.map((u) => u.result)).toEqual(TEXTS.map((t) => t.result));
  });
});
