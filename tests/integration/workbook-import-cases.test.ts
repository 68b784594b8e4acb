/**
 * The workbook round trip's other cases: the workbook's structure as Excel reads it, the CSV twin,
 * the bounds, another round's workbook, the ministry for any organisation, a preview gone stale,
 * and the refusals of downloading and uploading.
 */
import JSZip from 'jszip';
import { stringify } from 'csv-stringify/sync';
import { parse } from 'csv-parse/sync';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { truncateAll } from '../support/test-database';
import { snapshotTables } from '../support/snapshot-tables';
import { createWorkbookScene, openWorkbook, type WorkbookScene } from '../support/workbook-scene';
import { ConflictError, ForbiddenError, ValidationError } from '@/lib/errors';
import { IMPORT_LIMITS } from '@/lib/import/import-limits';
import { applyWorkbookImport } from '@/lib/import/workbook/apply-workbook-import';
import { buildWorkbook } from '@/lib/import/workbook/build-workbook';
import { previewWorkbookImport } from '@/lib/import/workbook/preview-workbook-import';
import { readWorkbookFile } from '@/lib/import/workbook/read-workbook';
import { uploadWorkbook } from '@/lib/import/workbook/upload-workbook';
import { saveActionUpdate } from '@/lib/updates/save-action-update';

let scene: WorkbookScene;
beforeEach(async () => {
  await truncateAll(databaseUrl);
  scene = await createWorkbookScene(db);
});

const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as Error);

describe('the workbook as Excel reads it', () => {
  it('hides id and versie, locks all but the three columns to fill in, and has one status list for exactly the rows used', async () => {
    const { bytes } = await buildWorkbook({ user: scene.users.partnerA, roundId: scene.round.id, format: 'xlsx' });
    const book = await openWorkbook(bytes);
    const { sheet, workbook } = book;
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Acties', 'Uitleg']);
    expect(sheet.getRow(1).values).toEqual([
      undefined, 'id', 'versie', 'Actielijn', 'Actie', 'Verantwoordelijk', 'Vorige status', 'Vorige stand van zaken',
      'Vorige planning', 'Status', 'Resultaat / stand van zaken', 'Planning',
    ]);
    expect(sheet.rowCount).toBe(6);
    expect([1, 2, 3].map((n) => sheet.getColumn(n).hidden)).toEqual([true, true, false]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(4).values).toEqual([
      undefined, scene.entries[2]!.id, 1, '1: Eerste lijn', 'Actie 3', `${scene.a.abbreviation} (trekker), ${scene.b.abbreviation}`,
      'loopt', 'Vorige stand 3', 'eind 2025', 'loopt', 'Stand 3', 'eind 2026',
    ]);
    const locked = (row: number, column: number) => sheet.getCell(row, column).protection?.locked !== false;
    expect(Array.from({ length: 11 }, (_, i) => locked(3, i + 1))).toEqual([true, true, true, true, true, true, true, true, false, false, false]);
    expect(Array.from({ length: 11 }, (_, i) => locked(1, i + 1)).every(Boolean)).toBe(true);
    expect(sheet.getCell(3, 10).alignment?.wrapText).toBe(true);

    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(xml).toContain('<dataValidations count="1">');
    expect(xml.match(/<dataValidation [^>]*>/g)).toHaveLength(1);
    expect(xml).toMatch(/<dataValidation [^>]*sqref="I2:I6"/);
    expect(xml).toContain('<formula1>&quot;nog niet gestart,loopt,vertraagd,afgerond,gestopt&quot;</formula1>');
    expect(xml).toMatch(/<sheetProtection [^>]*sheet="1"/);
    expect(xml).not.toContain('hashValue');
    const help = await zip.file('xl/sharedStrings.xml')!.async('string');
    expect(help).toContain('vrijdag 11 december 2026, 23:59');
    expect(help).toContain('als conflict naast de huidige tekst');
  });

  it('refuses a partner a closed round, and the ministry a round in concept', async () => {
    await db.reportingRound.update({ where: { id: scene.round.id }, data: { state: 'CLOSED' } });
    const partner = await refusal(buildWorkbook({ user: scene.users.partnerA, roundId: scene.round.id, format: 'xlsx' }));
    expect(partner).toBeInstanceOf(ForbiddenError);
    expect(partner!.message).toBe('De rapportageronde is niet (meer) open voor invoer.');
    const ministry = await buildWorkbook({ user: scene.users.ministry, roundId: scene.round.id, format: 'csv' });
    expect(ministry.fileName).toBe(`${scene.plan.slug}-2026-1-alle.csv`);
    await db.reportingRound.update({ where: { id: scene.round.id }, data: { state: 'DRAFT' } });
    const draft = await refusal(buildWorkbook({ user: scene.users.ministry, roundId: scene.round.id, format: 'xlsx' }));
    expect(draft!.message).toBe('De rapportageronde is nog niet geopend.');
    const hidden = await refusal(buildWorkbook({ user: scene.users.partnerA, roundId: scene.round.id, format: 'xlsx' }));
    expect(hidden!.message).toBe('Deze ronde bestaat niet, of u heeft er geen acties in.');
  });
});

describe('the CSV twin', () => {
  it('round-trips with ; and a BOM, columns found by their header wherever they are, and names a control character', async () => {
    const download = await buildWorkbook({ user: scene.users.partnerA, roundId: scene.round.id, format: 'csv' });
    expect(download.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const [header, ...records] = parse(download.bytes.toString('utf8'), { bom: true, delimiter: ';' }) as string[][];
    expect(header).toEqual(['id', 'versie', 'Actielijn', 'Actie', 'Verantwoordelijk', 'Vorige status', 'Vorige stand van zaken', 'Vorige planning', 'Status', 'Resultaat / stand van zaken', 'Planning']);
    records[0]![9] = '- Eerste punt\r\n- tweede punt';
    records[1]![9] = 'Met een bel\u0007erin';
    records[2]![8] = 'Afgerond';
    // The partner's spreadsheet moved Planning to the front and saved with commas.
    const moved = [header!, ...records].map((cells) => [cells[10]!, ...cells.slice(0, 10)]);
    const bytes = Buffer.from(stringify(moved, { delimiter: ',', bom: true, escape_formulas: true }), 'utf8');

    const { importId } = await uploadWorkbook({ user: scene.users.partnerA, roundId: scene.round.id, fileName: 'werkmap.csv', bytes });
    const preview = await previewWorkbookImport({ user: scene.users.partnerA, importId });
    expect(preview.format).toBe('csv');
    expect(preview.rows.map((row) => [row.row, row.outcome, row.messages])).toEqual([
      [2, 'change', []],
      [3, 'invalid', ['Rij 3, kolom Resultaat / stand van zaken: het resultaat of de stand van zaken bevat een onzichtbaar stuurteken (U+0007); haal het weg en probeer het opnieuw.']],
      [4, 'change', []],
      [5, 'unchanged', []],
      [6, 'unchanged', []],
    ]);
    expect(preview.rows[0]!.proposed!.result).toBe('- Eerste punt\n- tweede punt');
    expect(preview.rows[2]!.proposed!.status).toBe('COMPLETED');
    expect(await applyWorkbookImport({ user: scene.users.partnerA, importId, previewKey: preview.previewKey })).toEqual({
      saved: 2, unchanged: 2, conflicts: 0, refused: 0, invalid: 1,
    });
  });
});

describe('bounds', () => {
  it('refuses too many rows, a file that is no workbook, and a workbook that unpacks too large, storing nothing', async () => {
    const before = await snapshotTables(db);
    const rows = [['id', 'versie', 'Status', 'Resultaat / stand van zaken', 'Planning'], ...Array.from({ length: IMPORT_LIMITS.workbookRows + 1 }, (_, i) => [String(i + 1), '1', 'loopt', 'x', 'y'])];
    const tooMany = await refusal(uploadWorkbook({ user: scene.users.partnerA, roundId: scene.round.id, fileName: 'groot.csv', bytes: Buffer.from(stringify(rows, { delimiter: ';' })) }));
    expect(tooMany).toBeInstanceOf(ValidationError);
    expect(tooMany!.message).toBe('Deze werkmap heeft meer dan 5000 rijen; zo groot is geen ronde. Er is niets ingelezen.');
    const binary = await refusal(uploadWorkbook({ user: scene.users.partnerA, roundId: scene.round.id, fileName: 'x.xlsx', bytes: Buffer.from([1, 0, 2, 3]) }));
    expect(binary!.message).toBe('Dit bestand is geen werkmap: upload de .xlsx die u downloadde, of een CSV-bestand.');
    const broken = await refusal(uploadWorkbook({ user: scene.users.partnerA, roundId: scene.round.id, fileName: 'x.xlsx', bytes: Buffer.from('PK\u0003\u0004kapot') }));
    expect(broken!.message).toBe('Dit bestand is geen leesbaar Word- of Excel-bestand (.docx of .xlsx).');
    expect(await snapshotTables(db)).toEqual(before);

    const { bytes } = await buildWorkbook({ user: scene.users.partnerA, roundId: scene.round.id, format: 'xlsx' });
    const book = await openWorkbook(bytes);
    for (let row = 2; row <= 6; row++) book.set(row, 'Resultaat / stand van zaken', `${row} ${'herhaald '.repeat(30_000)}`);
    const inflated = await book.save();
    expect(inflated.length).toBeLessThan(200_000);
    const bomb = await refusal(readWorkbookFile(inflated, { ...IMPORT_LIMITS, expandedBytes: 1024 * 1024 }));
    expect(bomb!.message).toBe('Dit bestand is uitgepakt groter dan 1 MB; zo groot is geen bijlage of werkmap. Er is niets ingelezen.');
    const cells = await refusal(readWorkbookFile(bytes, { ...IMPORT_LIMITS, workbookCells: 20 }));
    expect(cells!.message).toBe('Deze werkmap heeft meer dan 20 gevulde cellen; zo groot is geen ronde. Er is niets ingelezen.');
  });
});

describe('another round, the ministry, and a preview gone stale', () => {
  it('refuses the rows of another round’s workbook and says so', async () => {
    const other = await createWorkbookScene(db, { roundTitle: 'Najaar 2026' });
    const { bytes } = await buildWorkbook({ user: scene.users.ministry, roundId: scene.round.id, format: 'xlsx' });
    const { importId } = await uploadWorkbook({ user: other.users.ministry, roundId: other.round.id, fileName: 'oud.xlsx', bytes });
    const preview = await previewWorkbookImport({ user: other.users.ministry, importId });
    expect(preview.problems).toEqual(['Deze werkmap is van een andere ronde (‘Voorjaar 2026’), niet van ‘Najaar 2026’. Download de werkmap van deze ronde.']);
    expect(preview.rows[0]!.messages).toEqual(['Rij 2: deze actie hoort bij een andere ronde (‘Voorjaar 2026’); download de werkmap van ‘Najaar 2026’.']);
    expect(preview.counts).toMatchObject({ refused: 6, change: 0 });
  });

  it('lets the ministry fill in one organisation’s workbook, leaving the review state as it was', async () => {
    const download = await buildWorkbook({ user: scene.users.ministry, roundId: scene.round.id, organisationId: scene.b.id, format: 'xlsx' });
    expect(download.fileName).toBe(`${scene.plan.slug}-2026-1-${scene.b.abbreviation}.xlsx`);
    const book = await openWorkbook(download.bytes);
    expect([book.get(2, 'id'), book.get(3, 'id')]).toEqual([scene.entries[2]!.id, scene.entries[5]!.id]);
    book.set(3, 'Planning', 'najaar 2026');
    const { importId } = await uploadWorkbook({ user: scene.users.ministry, roundId: scene.round.id, fileName: 'b.xlsx', bytes: await book.save() });
    expect(await applyWorkbookImport({ user: scene.users.ministry, importId })).toMatchObject({ saved: 1, unchanged: 1 });
    const entry = await db.actionEntry.findUniqueOrThrow({ where: { id: scene.entries[5]!.id }, include: { currentUpdate: true } });
    expect([entry.reviewState, entry.currentUpdate!.version, entry.currentUpdate!.planning]).toEqual(['NOT_STARTED', 2, 'najaar 2026']);
  });

  it('saves nothing when a row was saved by someone else after the preview, then saves the rest once looked at again', async () => {
    const { users, entries } = scene;
    const { bytes } = await buildWorkbook({ user: users.partnerA, roundId: scene.round.id, format: 'xlsx' });
    const book = await openWorkbook(bytes);
    book.set(2, 'Planning', 'voorjaar 2027');
    book.set(3, 'Planning', 'zomer 2027');
    const { importId } = await uploadWorkbook({ user: users.partnerA, roundId: scene.round.id, fileName: 'w.xlsx', bytes: await book.save() });
    const seen = await previewWorkbookImport({ user: users.partnerA, importId });
    expect(seen.counts).toMatchObject({ change: 2 });
    // A colleague saves row 3's action, and an untouched row's, meanwhile.
    await saveActionUpdate({ user: users.colleagueA, entryId: entries[1]!.id, baseVersion: 1, content: { status: 'DELAYED', result: 'Karel', planning: 'eind 2026' } });
    await saveActionUpdate({ user: users.colleagueA, entryId: entries[4]!.id, baseVersion: 1, content: { status: 'DELAYED', result: 'Karel', planning: 'eind 2026' } });

    const before = await snapshotTables(db);
    const stale = await refusal(applyWorkbookImport({ user: users.partnerA, importId, previewKey: seen.previewKey }));
    expect(stale).toBeInstanceOf(ConflictError);
    expect(stale!.message).toBe('Rij 3 is intussen gewijzigd door Karel van A (versie 2); bekijk het voorbeeld opnieuw. Er is niets opgeslagen.');
    expect(await snapshotTables(db)).toEqual(before);

    const again = await previewWorkbookImport({ user: users.partnerA, importId });
    // Row 6 was left as downloaded: someone else's save there is no conflict.
    expect(again.rows.map((row) => row.outcome)).toEqual(['change', 'conflict', 'unchanged', 'unchanged', 'unchanged']);
    expect(await applyWorkbookImport({ user: users.partnerA, importId, previewKey: again.previewKey })).toEqual({
      saved: 1, unchanged: 3, conflicts: 1, refused: 0, invalid: 0,
    });
  });

  it('refuses a row of an approved action with the rule’s reason', async () => {
    await db.actionEntry.update({ where: { id: scene.entries[0]!.id }, data: { reviewState: 'APPROVED' } });
    const { bytes } = await buildWorkbook({ user: scene.users.partnerA, roundId: scene.round.id, format: 'xlsx' });
    const book = await openWorkbook(bytes);
    book.set(2, 'Planning', 'voorjaar 2027');
    const { importId } = await uploadWorkbook({ user: scene.users.partnerA, roundId: scene.round.id, fileName: 'w.xlsx', bytes: await book.save() });
    const preview = await previewWorkbookImport({ user: scene.users.partnerA, importId });
    expect(preview.rows[0]).toMatchObject({ outcome: 'refused', messages: ['Rij 2: het ministerie heeft deze actie al goedgekeurd.'] });
  });
});
