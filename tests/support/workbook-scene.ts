import ExcelJS from 'exceljs';
import type { RoundState } from '@/lib/generated/prisma/client';
import type { Database } from '@/lib/prisma-client';
import { isoDateToDate } from '@/lib/dates';
import { recordPublishedTexts } from '@/lib/rounds/record-published-texts';
import { createOrganisation, createUser } from './editing-factories';

/**
 * A plan whose partner A is responsible for `ownActions` actions (the third shared with B, A
 * leading) and B for one of its own, on two lines, reported in a published round and in a round
 * of `state` (version 1 of each entry, as the round opened), with accounts for the ministry, two
 * editors of A and one of B.
 */
export async function createWorkbookScene(db: Database, options: { state?: RoundState; ownActions?: number; roundTitle?: string } = {}) {
  const a = await createOrganisation(db);
  const b = await createOrganisation(db);
  const slug = `plan-${a.id}`;
  const plan = await db.plan.create({ data: { slug, title: 'Actieplan werkmap' } });
  const lines = [
    await db.actionLine.create({ data: { planId: plan.id, key: 'l1', code: '1', title: 'Eerste lijn', position: 0 } }),
    await db.actionLine.create({ data: { planId: plan.id, key: 'l2', code: '2', title: 'Tweede lijn', position: 1 } }),
  ];
  const previousRound = await db.reportingRound.create({
    data: { planId: plan.id, key: '2025-1', title: 'Voorjaar 2025', date: isoDateToDate('2025-04-01'), state: 'PUBLISHED' },
  });
  const round = await db.reportingRound.create({
    data: {
      planId: plan.id,
      key: '2026-1',
      title: options.roundTitle ?? 'Voorjaar 2026',
      date: isoDateToDate('2026-04-01'),
      state: options.state ?? 'OPEN',
      inputDeadline: new Date('2026-12-11T22:59:00Z'),
    },
  });
  const owners = Array.from({ length: options.ownActions ?? 5 }, (_, index) => (index === 2 ? [a.id, b.id] : [a.id]));
  owners.push([b.id]);
  const entries: { id: number; actionId: number }[] = [];
  for (const [index, organisationIds] of owners.entries()) {
    const line = lines[index < owners.length / 2 ? 0 : 1]!;
    const action = await db.action.create({
      data: { planId: plan.id, lineId: line.id, key: `a${index + 1}`, title: `Actie ${index + 1}`, position: index },
    });
    await db.actionResponsibility.createMany({
      data: organisationIds.map((organisationId, position) => ({ actionId: action.id, organisationId, position })),
    });
    await addVersionOne(db, previousRound.id, action.id, line.id, index, { result: `Vorige stand ${index + 1}`, planning: 'eind 2025' });
    const entry = await addVersionOne(db, round.id, action.id, line.id, index, { result: `Stand ${index + 1}`, planning: 'eind 2026' });
    entries.push({ id: entry.id, actionId: action.id });
  }
  await recordPublishedTexts(db, previousRound.id);
  const users = {
    ministry: await createUser(db, { role: 'MINISTRY_EDITOR', name: 'Mira Ministerie' }),
    partnerA: await createUser(db, { organisationId: a.id, name: 'Anne van A' }),
    colleagueA: await createUser(db, { organisationId: a.id, name: 'Karel van A' }),
    partnerB: await createUser(db, { organisationId: b.id, name: 'Bert van B' }),
  };
  return { a, b, plan, lines, previousRound, round, entries, users };
}

export type WorkbookScene = Awaited<ReturnType<typeof createWorkbookScene>>;

async function addVersionOne(
  db: Database,
  roundId: number,
  actionId: number,
  lineId: number,
  position: number,
  text: { result: string; planning: string },
) {
  const entry = await db.actionEntry.create({ data: { actionId, roundId, lineId, position } });
  const update = await db.actionUpdate.create({
    data: { entryId: entry.id, version: 1, title: `Actie ${position + 1}`, status: 'IN_PROGRESS', ...text },
  });
  return db.actionEntry.update({ where: { id: entry.id }, data: { currentUpdateId: update.id } });
}

/** The sheet "Acties" of a workbook's bytes, to edit as a partner would; `save` gives the bytes back. */
export async function openWorkbook(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Acties')!;
  const column = (header: string) => {
    const index = (sheet.getRow(1).values as unknown[]).indexOf(header);
    if (index < 1) throw new Error(`no column ${header}`);
    return index;
  };
  return {
    workbook,
    sheet,
    set: (row: number, header: string, value: ExcelJS.CellValue) => {
      sheet.getCell(row, column(header)).value = value;
    },
    get: (row: number, header: string) => sheet.getCell(row, column(header)).value,
    save: async () => Buffer.from(await workbook.xlsx.writeBuffer()),
  };
}
