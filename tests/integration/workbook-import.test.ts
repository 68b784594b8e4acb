/**
 * The partner's spreadsheet round trip (issue 11, item 4): a partner downloads its workbook, fills
 * it in in Excel (here: exceljs), and uploads it. The preview shows one change per good row, a
 * conflict where a colleague saved meanwhile, a refusal for a row whose hidden id was changed to
 * another organisation's action, and the form's own Dutch message for an empty planning; applying
 * saves exactly the two good rows and changes nothing else.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { truncateAll } from '../support/test-database';
import { addedRows, snapshotTables, type TableSnapshot } from '../support/snapshot-tables';
import { createWorkbookScene, openWorkbook, type WorkbookScene } from '../support/workbook-scene';
import { ConflictError, NotFoundError } from '@/lib/errors';
import { applyWorkbookImport } from '@/lib/import/workbook/apply-workbook-import';
import { buildWorkbook } from '@/lib/import/workbook/build-workbook';
import { previewWorkbookImport } from '@/lib/import/workbook/preview-workbook-import';
import { uploadWorkbook } from '@/lib/import/workbook/upload-workbook';
import type { WorkbookPreview } from '@/lib/import/workbook/workbook-preview';
import { saveActionUpdate } from '@/lib/updates/save-action-update';

describe('a partner fills in its workbook and uploads it', () => {
  let scene: WorkbookScene;
  let importId: number;
  let preview: WorkbookPreview;

  beforeAll(async () => {
    await truncateAll(databaseUrl);
    scene = await createWorkbookScene(db);
    const { users, entries } = scene;
    const download = await buildWorkbook({ user: users.partnerA, roundId: scene.round.id, format: 'xlsx' });
    expect(download.fileName).toBe(`${scene.plan.slug}-2026-1-${scene.a.abbreviation}.xlsx`);

    const book = await openWorkbook(download.bytes);
    // Row 2 and 3: the two good changes. A multi-line cell as Excel writes it (CRLF), in rich text.
    book.set(2, 'Status', 'vertraagd');
    book.set(2, 'Resultaat / stand van zaken', { richText: [{ text: 'Eerste regel\r\n' }, { font: { bold: true }, text: 'tweede regel' }] });
    book.set(3, 'Planning', 'voorjaar 2027');
    // Row 4: changed here, and by a colleague before the upload.
    book.set(4, 'Resultaat / stand van zaken', 'Mijn versie van actie 3');
    // Row 5: its hidden id changed to partner B's action.
    book.set(5, 'id', entries[5]!.id);
    book.set(5, 'Resultaat / stand van zaken', 'Over de actie van een ander');
    // Row 6: the planning emptied.
    book.set(6, 'Planning', '');
    book.set(6, 'Resultaat / stand van zaken', 'Bijna klaar');
    const filledIn = await book.save();

    await saveActionUpdate({
      user: users.colleagueA,
      entryId: entries[2]!.id,
      baseVersion: 1,
      content: { status: 'IN_PROGRESS', result: 'De versie van Karel', planning: 'eind 2026' },
    });
    ({ importId } = await uploadWorkbook({ user: users.partnerA, roundId: scene.round.id, fileName: 'C:\\Mijn map\\werkmap.xlsx', bytes: filledIn }));
    preview = await previewWorkbookImport({ user: users.partnerA, importId });
  });

  it('previews each row with its outcome and the Dutch message naming row and column', () => {
    expect(preview.fileName).toBe('werkmap.xlsx');
    expect(preview.format).toBe('xlsx');
    expect(preview.problems).toEqual([]);
    expect(preview.rows.map((row) => [row.row, row.outcome, row.messages])).toEqual([
      [2, 'change', []],
      [3, 'change', []],
      [
        4,
        'conflict',
        [
          'Rij 4: Karel van A heeft deze actie intussen gewijzigd (versie 2; uw werkmap is van versie 1). Uw tekst wordt niet opgeslagen; vergelijk hem met de huidige tekst en neem uw wijziging over in het formulier.',
        ],
      ],
      [5, 'refused', ['Rij 5: deze actie valt niet onder uw organisatie.']],
      [6, 'invalid', ['Rij 6, kolom Planning: vul de planning (bijv. ‘eind 2026’ of ‘Doorlopend’) in.']],
    ]);
    expect(preview.counts).toEqual({ change: 2, unchanged: 0, conflict: 1, refused: 1, invalid: 1 });
  });

  it('shows what each change saves, with a word diff per cell, and the current text beside a conflict', () => {
    const [first, second, conflict, refused] = preview.rows;
    expect(first!.proposed).toEqual({ status: 'DELAYED', result: 'Eerste regel\ntweede regel', planning: 'eind 2026' });
    expect(first!.diff.status).toEqual({ from: 'IN_PROGRESS', to: 'DELAYED' });
    // The word diff reads line breaks as spaces, as the review's does.
    expect(first!.diff.result!.filter((part) => part.kind !== 'same').map((part) => part.text.trim())).toEqual([
      'Stand 1',
      'Eerste regel tweede regel',
    ]);
    expect(first!.diff.planning).toBeNull();
    expect(second!.diff).toEqual({
      status: null,
      result: null,
      planning: [
        { text: 'eind 2026', kind: 'removed' },
        { text: 'voorjaar 2027', kind: 'added' },
      ],
    });
    expect(conflict!.baseVersion).toBe(1);
    expect(conflict!.current).toMatchObject({ version: 2, savedBy: 'Karel van A', result: 'De versie van Karel' });
    expect(conflict!.proposed!.result).toBe('Mijn versie van actie 3');
    // Nothing of the other organisation's action is shown.
    expect(refused!.current).toBeNull();
    expect(refused!.proposed).toBeNull();
  });

  describe('applied', () => {
    let before: TableSnapshot;
    let after: TableSnapshot;
    let outcome: Awaited<ReturnType<typeof applyWorkbookImport>>;

    beforeAll(async () => {
      before = await snapshotTables(db);
      outcome = await applyWorkbookImport({ user: scene.users.partnerA, importId, previewKey: preview.previewKey });
      after = await snapshotTables(db);
    });

    it('saves exactly the two good rows as new versions, and nothing else', () => {
      expect(outcome).toEqual({ saved: 2, unchanged: 0, conflicts: 1, refused: 1, invalid: 1 });
      const versions = addedRows(before, after, 'action_updates') as { entry_id: number; version: number; result: string; planning: string; created_by_id: number }[];
      expect(versions.map((v) => [v.entry_id, v.version, v.result, v.planning, v.created_by_id]).sort()).toEqual(
        [
          [scene.entries[0]!.id, 2, 'Eerste regel\ntweede regel', 'eind 2026', scene.users.partnerA.id],
          [scene.entries[1]!.id, 2, 'Stand 2', 'voorjaar 2027', scene.users.partnerA.id],
        ].sort(),
      );
      const entries = addedRows(before, after, 'action_entries') as { id: number; review_state: string }[];
      expect(entries.map((e) => [e.id, e.review_state]).sort()).toEqual(
        [
          [scene.entries[0]!.id, 'IN_PROGRESS'],
          [scene.entries[1]!.id, 'IN_PROGRESS'],
        ].sort(),
      );
      const audit = addedRows(before, after, 'audit_log') as { permission: string; actor_id: number }[];
      expect(audit.map((line) => line.permission).sort()).toEqual(['import.applyWorkbook', 'update.save', 'update.save']);
      const imports = addedRows(before, after, 'import_files') as { state: string; outcome: unknown; applied_by_id: number }[];
      expect(imports).toMatchObject([{ state: 'APPLIED', applied_by_id: scene.users.partnerA.id, outcome }]);

      const changedTables = ['action_updates', 'action_entries', 'audit_log', 'import_files'];
      for (const table of Object.keys(before).filter((name) => !changedTables.includes(name))) {
        expect(after[table], table).toEqual(before[table]);
      }
      expect(after.action_updates!.length).toBe(before.action_updates!.length + 2);
      expect(after.action_entries!.length).toBe(before.action_entries!.length);
    });

    it('refuses to apply the same upload twice, changing nothing', async () => {
      const again = await applyWorkbookImport({ user: scene.users.partnerA, importId }).catch((error: unknown) => error);
      expect(again).toBeInstanceOf(ConflictError);
      expect((again as Error).message).toBe('Deze werkmap is al verwerkt; er is niets opnieuw opgeslagen.');
      expect(await snapshotTables(db)).toEqual(after);
    });

    it('shows another partner neither the preview nor the apply of this upload', async () => {
      for (const user of [scene.users.colleagueA, scene.users.partnerB]) {
        const seen = await previewWorkbookImport({ user, importId }).catch((error: unknown) => error);
        expect(seen).toBeInstanceOf(NotFoundError);
        expect((seen as Error).message).toBe('Deze upload bestaat niet, of is niet van u.');
        const applied = await applyWorkbookImport({ user, importId }).catch((error: unknown) => error);
        expect((applied as Error).message).toBe('Deze upload bestaat niet, of is niet van u.');
      }
      expect(await snapshotTables(db)).toEqual(after);
    });

    it('lets the ministry see the partner’s upload as applied, but not apply it', async () => {
      const seen = await previewWorkbookImport({ user: scene.users.ministry, importId });
      expect(seen.state).toBe('APPLIED');
      expect(seen.uploadedBy).toBe('Anne van A');
      const { importId: fresh } = await uploadWorkbook({
        user: scene.users.partnerA,
        roundId: scene.round.id,
        fileName: 'nog een.xlsx',
        bytes: (await buildWorkbook({ user: scene.users.partnerA, roundId: scene.round.id, format: 'xlsx' })).bytes,
      });
      const before = await snapshotTables(db);
      const applied = await applyWorkbookImport({ user: scene.users.ministry, importId: fresh }).catch((error: unknown) => error);
      expect((applied as Error).message).toBe('Alleen wie de werkmap uploadde, kan haar verwerken.');
      expect(await snapshotTables(db)).toEqual(before);
    });
  });
});
