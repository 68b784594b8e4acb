import ExcelJS from 'exceljs';
import { applyWorkbookImport } from '@/lib/import/workbook/apply-workbook-import';
import { buildWorkbook } from '@/lib/import/workbook/build-workbook';
import { previewWorkbookImport } from '@/lib/import/workbook/preview-workbook-import';
import { uploadWorkbook } from '@/lib/import/workbook/upload-workbook';
import { createRound } from '@/lib/rounds/create-round';
import { openRound } from '@/lib/rounds/open-round';
import { deadlineInDays } from '../support/editing-factories';
import type { Context, Run } from './import-bench';

const RESULT_HEADER = 'Resultaat / stand van zaken';

/**
 * (b) of the import bench: the ministry's workbook of an open round with every action of the plan,
 * every row's result changed with exceljs (another text each run, so each run saves a new version
 * of every entry), uploaded, previewed and applied as the web page does (with the preview's key).
 */
export async function benchWorkbook({ db, user, planId, actionCount, step, runs: count }: Context & { runs: number }): Promise<Run[]> {
  const round = await createRound({ user, planId, title: 'Benchmark-werkmap', date: '2024-03-15' });
  await openRound({ user, roundId: round.id, deadline: deadlineInDays(14) });
  const runs: Run[] = [];
  for (let i = 0; i < count; i++) {
    const run: Run = {};
    const built = await step(run, 'downloaden', () => buildWorkbook({ user, roundId: round.id, format: 'xlsx' }));
    const prefix = `Benchmark ${i + 1}`;
    const { bytes, rows } = await editEveryResult(built.bytes, prefix);
    if (rows !== actionCount) throw new Error(`De werkmap heeft ${rows} rijen, verwacht ${actionCount}.`);
    const upload = await step(run, 'upload', () => uploadWorkbook({ user, roundId: round.id, fileName: built.fileName, bytes }));
    const preview = await step(run, 'voorbeeld', () => previewWorkbookImport({ user, importId: upload.importId }));
    if (preview.counts.change !== actionCount) {
      throw new Error(`Het voorbeeld slaat ${preview.counts.change} rijen op, verwacht ${actionCount}: ${JSON.stringify(preview.counts)} ${preview.problems.join(' ')}`);
    }
    const outcome = await step(run, 'toepassen', () => applyWorkbookImport({ user, importId: upload.importId, previewKey: preview.previewKey }));
    const saved = await db.actionEntry.count({ where: { roundId: round.id, currentUpdate: { result: { startsWith: `${prefix}: ` } } } });
    if (saved !== actionCount) throw new Error(`${saved} van de ${actionCount} acties hebben de nieuwe tekst (${JSON.stringify(outcome)}).`);
    console.log(`  werkmap, run ${i + 1} (${Math.round(bytes.length / 1024)} KB): ${Object.entries(run).map(([name, s]) => `${name} ${s.ms} ms (${s.queries} SQL)`).join(', ')}`);
    runs.push(run);
  }
  return runs;
}

/** Every row's result prefixed with `prefix`, as a partner would edit the workbook in Excel. */
async function editEveryResult(original: Buffer, prefix: string): Promise<{ bytes: Buffer; rows: number }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(original as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet('Acties');
  if (!sheet) throw new Error('De werkmap heeft geen blad ‘Acties’.');
  let column = 0;
  sheet.getRow(1).eachCell((cell, number) => {
    if (cell.text === RESULT_HEADER) column = number;
  });
  if (column === 0) throw new Error(`De werkmap heeft geen kolom ‘${RESULT_HEADER}’.`);
  let rows = 0;
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const cell = row.getCell(column);
    cell.value = `${prefix}: ${cell.text}`;
    rows++;
  });
  return { bytes: Buffer.from(await workbook.xlsx.writeBuffer()), rows };
}
