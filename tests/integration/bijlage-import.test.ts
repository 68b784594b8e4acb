/**
 * Importing a Word bijlage through its use cases, with real .docx documents read by the real
 * reader: refusals at upload (each changing nothing), the preview's matches and choices, the import
 * into a new round from the command line and its repetition (nothing changes), all or nothing when
 * one row fails, and a closed imported round that publishes.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/tests/support/database-fixture';
import { createAction, createPlan, createRound, reportAction } from '@/tests/support/factories';
import { createOrganisation, createUser, deadlineInDays } from '@/tests/support/editing-factories';
import { snapshotTables } from '@/tests/support/snapshot-tables';
import { heading, paragraph, table, wordDocument, type CellSpec } from '@/tests/support/docx-parts';
import { trackedChangesBijlage } from '@/tests/support/broken-bijlagen';
import type { SessionUser } from '@/lib/auth/session-user';
import { applyBijlageImport } from '@/lib/import/bijlage/apply-bijlage-import';
import { previewBijlageImport } from '@/lib/import/bijlage/preview-bijlage-import';
import { uploadBijlage } from '@/lib/import/bijlage/upload-bijlage';
import { discardImport } from '@/lib/import/discard-import';
import { COMPLETENESS_CATEGORIES } from '@/lib/rounds/completeness';
import { openRound } from '@/lib/rounds/open-round';
import { publishRound } from '@/lib/rounds/publish-round';

const HEADER = ['Actie', 'Verantwoordelijk', 'Resultaat', 'Wanneer'];
const FOOTNOTE = 'Kamerstukken II 2016/17, 31 839, nr. 580';
const TRACKED_CHANGES =
  'Dit document bevat bijgehouden wijzigingen. Accepteer of weiger ze eerst in Word (Controleren → Accepteren → Alle wijzigingen accepteren) en sla het document opnieuw op; er is niets ingelezen.';

/**
 * The bijlage of the scene: actielijn 1 with four rows (the second completed, the fourth new, with
 * its organisation and a footnote), a table of key figures the reader does not take for actions,
 * and `extra` lines after it.
 */
function sceneDocument(abbreviation: string, extra: { heading: string; title: string }[] = []): Promise<Buffer> {
  const rows: CellSpec[][] = [
    ['Campagne supergewone mensen gezocht', '', 'De campagne is afgerond.', ''],
    ['Project ‘Investeren in de kracht van pleegouders’', '', 'Afgerond.', '✓ eind 2020'],
    ['Week van de Pleegzorg', '', '', ''],
    ['Een geheel nieuwe actie over gezinshuizen', `${abbreviation} en anderen`, { paragraphs: ['Gestart.'], footnote: 1 }, ''],
  ];
  return wordDocument(
    [
      heading('Voortgang 2021', 'title'),
      heading('Actielijn 1: Eerste actielijn'),
      table(HEADER, rows),
      paragraph(''),
      table(['Jaar', 'Nieuwe pleegouders'], [['2019', '3.250']]),
      ...extra.flatMap((line) => [heading(line.heading), table(HEADER, [[line.title, '', '', '']]), paragraph('')]),
    ],
    { 1: FOOTNOTE },
  );
}

const PROBLEM = { kind: 'table', table: 2, message: 'Tabel 2 is niet herkend als actietabel (kolommen: Jaar | Nieuwe pleegouders); de tabel is niet ingelezen.' };

let ministry: SessionUser;
let partner: SessionUser;

async function scene() {
  const org = await createOrganisation(db);
  const { plan, line } = await createPlan(db);
  const published = await createRound(db, plan.id, { date: '2020-01-01', title: 'Voortgang 2020' });
  const campaign = await createAction(db, plan.id, line.id, { title: 'Campagne “supergewone mensen gezocht”' });
  const project = await createAction(db, plan.id, line.id, { title: 'Project ‘versterken van de kracht van pleegouders’' });
  const week = await createAction(db, plan.id, line.id, { title: 'Uitvoering week van de pleegzorg' });
  await reportAction(db, { actionId: campaign.id, roundId: published.id, lineId: line.id, status: 'DELAYED', result: 'De campagne loopt.' });
  const bytes = await sceneDocument(org.abbreviation);
  return { org, plan, line, published, campaign, project, week, bytes };
}

beforeEach(async () => {
  ministry = await createUser(db, { role: 'MINISTRY_EDITOR' });
  partner = await createUser(db, { organisationId: (await createOrganisation(db)).id });
});

describe('uploading a bijlage', () => {
  it('refuses, changing nothing: a partner, a published or open round, another plan, a large file, tracked changes', async () => {
    const s = await scene();
    const other = await createPlan(db);
    const open = await createRound(db, other.plan.id, { state: 'OPEN', date: '2021-01-01' });
    const bytes = s.bytes;
    const tracked = await trackedChangesBijlage();
    const before = await snapshotTables(db);
    const cases: [() => Promise<unknown>, string][] = [
      [() => uploadBijlage({ user: partner, planId: s.plan.id, target: { roundId: s.published.id }, fileName: 'b.docx', bytes }), 'Alleen redacteuren van het ministerie mogen dit.'],
      [() => uploadBijlage({ user: ministry, planId: s.plan.id, target: { roundId: s.published.id }, fileName: 'b.docx', bytes }), 'De rapportageronde is gepubliceerd en kan niet meer veranderen.'],
      [() => uploadBijlage({ user: ministry, planId: other.plan.id, target: { roundId: open.id }, fileName: 'b.docx', bytes }), 'Een bijlage importeert u in een nieuwe ronde of een ronde in concept.'],
      [() => uploadBijlage({ user: ministry, planId: s.plan.id, target: { roundId: open.id }, fileName: 'b.docx', bytes }), 'Deze rapportageronde bestaat niet.'],
      [() => uploadBijlage({ user: ministry, planId: s.plan.id, target: { newRound: { title: 'Ronde', date: '2021-01-01' } }, fileName: 'b.docx', bytes: Buffer.alloc(10 * 1024 * 1024 + 1) }), 'Het bestand is groter dan 10 MB.'],
      [() => uploadBijlage({ user: ministry, planId: s.plan.id, target: { newRound: { title: 'Ronde', date: '2021-01-01' } }, fileName: 'b.docx', bytes: tracked }), TRACKED_CHANGES],
      [() => uploadBijlage({ user: ministry, planId: s.plan.id, target: { newRound: { title: 'Ronde', date: '2019-01-01' } }, fileName: 'b.docx', bytes }), 'Kies 1 januari 2020 of later: dat is de datum van de laatst gepubliceerde ronde, ‘Voortgang 2020’.'],
      [() => uploadBijlage({ user: ministry, planId: s.plan.id, target: { newRound: { title: 'Ronde', date: '2021-01-01' } }, fileName: 'b.xlsx', bytes }), 'Kies een Word-document (.docx).'],
    ];
    for (const [call, message] of cases) await expect(call()).rejects.toThrow(message);
    expect(await snapshotTables(db)).toEqual(before);
  });
});

describe('previewing and importing a bijlage', () => {
  it('proposes exact, fuzzy and new matches, applies choices and names an action chosen twice', async () => {
    const s = await scene();
    const { importId } = await uploadBijlage({ user: ministry, planId: s.plan.id, target: { newRound: { title: 'Voortgang 2021', date: '2021-01-01' } }, fileName: 'b.docx', bytes: s.bytes });
    const preview = await previewBijlageImport({ user: ministry, importId });
    expect(preview.rows.map((r) => r.proposed)).toEqual([
      { kind: 'exact', actionId: s.campaign.id, score: 1 },
      expect.objectContaining({ kind: 'fuzzy', actionId: s.project.id }),
      { kind: 'fuzzy', actionId: s.week.id, score: 0.889 },
      { kind: 'new' },
    ]);
    // The campaign keeps its previous status (the document says nothing); the new one is in progress.
    expect(preview.rows.map((r) => [r.status, r.statusFromDocument])).toEqual([['DELAYED', false], ['COMPLETED', true], ['NOT_STARTED', false], ['IN_PROGRESS', false]]);
    expect(preview.rows[0]!.previous).toEqual({ roundTitle: 'Voortgang 2020', status: 'DELAYED', result: 'De campagne loopt.', planning: 'medio 2020' });
    expect(preview.rows[3]!.result).toBe('Gestart.\n[1] Kamerstukken II 2016/17, 31 839, nr. 580');
    expect(preview.counts).toEqual({ create: 1, update: 3, unchanged: 0, skip: 0, newLines: 0 });
    expect(preview.problems).toEqual([PROBLEM]);
    expect(preview.choiceProblems).toEqual([]);

    const chosen = await previewBijlageImport({ user: ministry, importId, choices: { 2: 'skip', 3: s.week.id } });
    expect(chosen.rows.map((r) => r.effect)).toEqual(['update', 'update', 'skip', 'update']);
    const twice = await previewBijlageImport({ user: ministry, importId, choices: { 1: s.campaign.id } });
    expect(twice.choiceProblems).toEqual([
      `De actie ‘Campagne “supergewone mensen gezocht”’ is gekozen voor tabel 1, rij 2 en tabel 1, rij 3: kies voor elke rij een andere actie, ‘nieuw’ of ‘overslaan’.`,
    ]);
    const before = await snapshotTables(db);
    await expect(applyBijlageImport({ user: ministry, importId, choices: { 1: s.campaign.id } })).rejects.toThrow(twice.choiceProblems[0]!);
    expect(await snapshotTables(db)).toEqual(before);
    await expect(previewBijlageImport({ user: partner, importId })).rejects.toThrow('Deze upload bestaat niet, of u heeft er geen toegang toe.');
  });

  it('imports into a new round from the command line, then changes nothing the second time', async () => {
    const s = await scene();
    const bytes = s.bytes;
    const { importId } = await uploadBijlage({ user: 'command-line', planId: s.plan.id, target: { newRound: { title: 'Voortgang 2021', date: '2021-01-01' } }, fileName: 'b.docx', bytes });
    const outcome = await applyBijlageImport({ user: 'command-line', importId, choices: {} });
    expect(outcome).toMatchObject({ created: 1, updated: 3, unchanged: 0, skipped: 0, newLines: 0 });
    const round = await db.reportingRound.findUniqueOrThrow({ where: { id: outcome.roundId } });
    expect(round).toMatchObject({ state: 'DRAFT', title: 'Voortgang 2021' });
    const updates = await db.actionUpdate.findMany({ where: { entry: { roundId: round.id } }, include: { entry: true }, orderBy: { entry: { position: 'asc' } } });
    expect(updates.map((u) => [u.title, u.status, u.version, u.createdById])).toEqual([
      ['Campagne supergewone mensen gezocht', 'DELAYED', 1, null],
      ['Project ‘Investeren in de kracht van pleegouders’', 'COMPLETED', 1, null],
      ['Week van de Pleegzorg', 'NOT_STARTED', 1, null],
      ['Een geheel nieuwe actie over gezinshuizen', 'IN_PROGRESS', 1, null],
    ]);
    const created = await db.action.findFirstOrThrow({ where: { planId: s.plan.id, title: 'Een geheel nieuwe actie over gezinshuizen' }, include: { responsibilities: true } });
    expect(created.responsibilities.map((r) => r.organisationId)).toEqual([s.org.id]);
    const audit = await db.auditLogEntry.findMany({ where: { planId: s.plan.id }, orderBy: { id: 'asc' } });
    // Each version the import wrote has its line on the entry, then the import's own line.
    expect(audit.map((a) => [a.permission, a.entityType, a.actorId])).toEqual([
      ['import.uploadBijlage', 'import', null], ['round.create', 'round', null], ['action.create', 'action', null],
      ...updates.map(() => ['import.applyBijlage', 'entry', null]), ['import.applyBijlage', 'import', null],
    ]);
    expect(audit.find((a) => a.entityType === 'entry')!.after).toMatchObject({ version: 1, title: 'Campagne supergewone mensen gezocht', importId });
    await expect(applyBijlageImport({ user: 'command-line', importId, choices: {} })).rejects.toThrow('Deze upload is al geïmporteerd.');

    const again = await uploadBijlage({ user: ministry, planId: s.plan.id, target: { roundId: round.id }, fileName: 'b.docx', bytes });
    const preview = await previewBijlageImport({ user: ministry, importId: again.importId });
    expect(preview.appliedBefore).toMatchObject({ importId, by: null });
    // The actions keep their titles (the round keeps its wording), so the reworded rows match fuzzy again.
    expect(preview.rows.map((r) => [r.proposed.kind, r.effect])).toEqual([
      ['exact', 'unchanged'], ['fuzzy', 'unchanged'], ['fuzzy', 'unchanged'], ['exact', 'unchanged'],
    ]);
    const before = await snapshotTables(db);
    expect(await applyBijlageImport({ user: ministry, importId: again.importId, choices: {} })).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
    const after = await snapshotTables(db);
    for (const table of ['actions', 'action_entries', 'action_updates', 'action_lines', 'reporting_rounds']) expect(after[table]).toEqual(before[table]);

    // Opening the round keeps the imported entries and adds none twice.
    const { entryCount } = await openRound({ user: ministry, roundId: round.id, deadline: deadlineInDays() });
    expect(entryCount).toBe(0);
    expect(await db.actionEntry.count({ where: { roundId: round.id } })).toBe(4);
  });

  it('writes nothing when one row fails inside the transaction', async () => {
    const s = await scene();
    const archived = await db.actionLine.create({ data: { planId: s.plan.id, key: 'oud', code: '9', title: 'Oude lijn', position: 5, archivedAt: new Date() } });
    const bytes = await sceneDocument(s.org.abbreviation, [
      { heading: 'Actielijn 2: Nieuwe lijn', title: 'Actie onder een nieuwe lijn' },
      { heading: `Actielijn 9: ${archived.title}`, title: 'Actie onder een gearchiveerde lijn' },
    ]);
    const { importId } = await uploadBijlage({ user: ministry, planId: s.plan.id, target: { newRound: { title: 'Voortgang 2021', date: '2021-01-01' } }, fileName: 'b.docx', bytes });
    const before = await snapshotTables(db);
    await expect(applyBijlageImport({ user: ministry, importId, choices: {} })).rejects.toThrow('Deze actielijn is gearchiveerd; zet haar eerst terug.');
    expect(await snapshotTables(db)).toEqual(before);
    await discardImport({ user: ministry, importId });
    await expect(applyBijlageImport({ user: ministry, importId, choices: {} })).rejects.toThrow('Deze upload is weggegooid.');
    await expect(discardImport({ user: ministry, importId })).rejects.toThrow('Deze upload is al weggegooid.');
  });

  it('holds imported texts to the forms\' rules: a row that breaks one is named, and imports once skipped', async () => {
    const s = await scene();
    const bytes = await sceneDocument(s.org.abbreviation, [{ heading: 'Actielijn 2: Nieuwe lijn', title: 'AB' }]);
    const { importId } = await uploadBijlage({ user: ministry, planId: s.plan.id, target: { newRound: { title: 'Voortgang 2021', date: '2021-01-01' } }, fileName: 'b.docx', bytes });
    const preview = await previewBijlageImport({ user: ministry, importId });
    const message = 'Tabel 3, rij 2, kolom Actie: De titel moet minstens 3 tekens lang zijn. Kies ‘overslaan’ voor deze rij of pas het document aan.';
    expect(preview.choiceProblems).toEqual([message]);
    const before = await snapshotTables(db);
    await expect(applyBijlageImport({ user: ministry, importId, choices: {} })).rejects.toThrow(message);
    expect(await snapshotTables(db)).toEqual(before);
    const skipped = preview.rows.find((r) => r.title === 'AB')!.index;
    expect(await applyBijlageImport({ user: ministry, importId, choices: { [skipped]: 'skip' } })).toMatchObject({ created: 1, skipped: 1 });
  });

  it('makes one new line of an actielijn heading the document repeats', async () => {
    const s = await scene();
    const bytes = await sceneDocument(s.org.abbreviation, [
      { heading: 'Actielijn 2: Nieuwe lijn', title: 'Eerste actie onder de nieuwe lijn' },
      { heading: 'Actielijn 2: Nieuwe lijn', title: 'Tweede actie onder de nieuwe lijn' },
    ]);
    const { importId } = await uploadBijlage({ user: ministry, planId: s.plan.id, target: { newRound: { title: 'Voortgang 2021', date: '2021-01-01' } }, fileName: 'b.docx', bytes });
    expect((await previewBijlageImport({ user: ministry, importId })).counts).toMatchObject({ create: 3, newLines: 1 });
    expect(await applyBijlageImport({ user: ministry, importId, choices: {} })).toMatchObject({ created: 3, newLines: 1 });
    const line = await db.actionLine.findFirstOrThrow({ where: { planId: s.plan.id, code: '2' }, include: { actions: { orderBy: { position: 'asc' } } } });
    expect(line.actions.map((a) => a.title)).toEqual(['Eerste actie onder de nieuwe lijn', 'Tweede actie onder de nieuwe lijn']);
  });

  it('closes the imported round for a report already sent, and it publishes', async () => {
    const s = await scene();
    const { importId } = await uploadBijlage({ user: ministry, planId: s.plan.id, target: { newRound: { title: 'Voortgang 2021', date: '2021-01-01' } }, fileName: 'b.docx', bytes: s.bytes });
    const { roundId } = await applyBijlageImport({ user: ministry, importId, choices: {}, closeRound: true });
    expect(await db.reportingRound.findUniqueOrThrow({ where: { id: roundId } })).toMatchObject({ state: 'CLOSED', closedAt: expect.any(Date) });
    await publishRound({ user: ministry, roundId, accepted: COMPLETENESS_CATEGORIES });
    const entries = await db.actionEntry.findMany({ where: { roundId }, include: { currentUpdate: true } });
    expect(entries).toHaveLength(4);
    expect(await db.roundLine.count({ where: { roundId } })).toBe(1);
  });
});
