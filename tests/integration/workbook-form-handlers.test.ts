/**
 * Opslaan and Weggooien on the workbook's preview page, called as a browser would, with forged
 * forms too. The session is the only thing faked.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { snapshotTables } from '../support/snapshot-tables';
import { truncateAll } from '../support/test-database';
import { createWorkbookScene, openWorkbook, type WorkbookScene } from '../support/workbook-scene';
import type { SessionUser } from '@/lib/auth/session-user';
import { initialFormState } from '@/lib/errors';
import { buildWorkbook } from '@/lib/import/workbook/build-workbook';
import { previewWorkbookImport } from '@/lib/import/workbook/preview-workbook-import';
import { uploadWorkbook } from '@/lib/import/workbook/upload-workbook';
import { saveActionUpdate } from '@/lib/updates/save-action-update';

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => session.user }));
const { handleApplyWorkbook, handleDiscardWorkbook } = await import('@/app/_form-handlers/import-workbook');
const { findWorkbookPreview } = await import('@/lib/import/workbook/find-workbook-preview');

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

let scene: WorkbookScene;

/** A workbook of partner A with rows 2 and 3 changed, uploaded: its id and preview key. */
async function upload() {
  const { partnerA } = scene.users;
  const book = await openWorkbook((await buildWorkbook({ user: partnerA, roundId: scene.round.id, format: 'xlsx' })).bytes);
  book.set(2, 'Resultaat / stand van zaken', `Nieuwe stand ${Math.random()}`);
  book.set(3, 'Planning', 'voorjaar 2027');
  const { importId } = await uploadWorkbook({ user: partnerA, roundId: scene.round.id, fileName: 'werkmap.xlsx', bytes: await book.save() });
  const { previewKey } = await previewWorkbookImport({ user: partnerA, importId });
  return { importId: String(importId), previewKey };
}

beforeAll(async () => {
  await truncateAll(databaseUrl);
  scene = await createWorkbookScene(db);
});

describe('Opslaan', () => {
  it('refuses a forged form, another partner and a reader in Dutch, changing nothing', async () => {
    const fields = await upload();
    const before = await snapshotTables(db);
    session.user = scene.users.partnerA;
    for (const forged of [{ importId: 'abc', previewKey: fields.previewKey }, { ...fields, previewKey: '<script>' }]) {
      expect(await handleApplyWorkbook(initialFormState, form(forged))).toMatchObject({ status: 'error', message: 'Controleer de gemarkeerde velden.' });
    }
    session.user = scene.users.partnerB;
    expect(await handleApplyWorkbook(initialFormState, form(fields))).toMatchObject({ status: 'error', message: 'Deze upload bestaat niet, of is niet van u.' });
    session.user = null;
    expect(await handleApplyWorkbook(initialFormState, form(fields))).toMatchObject({ status: 'error', message: 'Log in om dit te doen.' });
    expect(await snapshotTables(db)).toEqual(before);
  });

  it('saves nothing when a row changed since the preview, and says which', async () => {
    const fields = await upload();
    await saveActionUpdate({
      user: scene.users.colleagueA,
      entryId: scene.entries[0]!.id,
      baseVersion: (await db.actionEntry.findUniqueOrThrow({ where: { id: scene.entries[0]!.id }, select: { currentUpdate: { select: { version: true } } } })).currentUpdate!.version,
      content: { status: 'IN_PROGRESS', result: 'Karel was eerder', planning: 'eind 2026' },
    });
    const before = await snapshotTables(db);
    session.user = scene.users.partnerA;
    const result = await handleApplyWorkbook(initialFormState, form(fields));
    expect(result).toMatchObject({ status: 'error' });
    expect(result.message).toMatch(/^Rij 2 is intussen gewijzigd door Karel van A \(versie \d+\); bekijk het voorbeeld opnieuw\. Er is niets opgeslagen\.$/);
    expect(await snapshotTables(db)).toEqual(before);
  });

  it('saves the changed rows and tells how many; the page then shows the outcome, and a second save is refused', async () => {
    const fields = await upload();
    session.user = scene.users.partnerA;
    expect(await handleApplyWorkbook(initialFormState, form(fields))).toEqual({ status: 'ok', message: '2 acties zijn opgeslagen; 3 ongewijzigd (niet opgeslagen).' });
    const found = await findWorkbookPreview({ user: scene.users.partnerA, importId: Number(fields.importId) });
    expect(found?.ownUpload).toBe(true);
    // The ministry sees it, but only the uploader saves a workbook: the page offers it no Opslaan.
    expect((await findWorkbookPreview({ user: scene.users.ministry, importId: Number(fields.importId) }))?.ownUpload).toBe(false);
    expect(found?.settled).toMatchObject({ state: 'APPLIED', appliedBy: 'Anne van A', outcome: { saved: 2, unchanged: 3, conflicts: 0, refused: 0, invalid: 0 } });
    const before = await snapshotTables(db);
    expect(await handleApplyWorkbook(initialFormState, form(fields))).toMatchObject({
      status: 'error',
      message: 'Deze werkmap is al verwerkt; er is niets opnieuw opgeslagen.',
    });
    expect(await snapshotTables(db)).toEqual(before);
  });
});

describe('Weggooien', () => {
  it('marks the upload discarded, saves nothing, and cannot be done twice', async () => {
    const fields = await upload();
    session.user = scene.users.partnerA;
    const updates = await db.actionUpdate.count();
    expect(await handleDiscardWorkbook(initialFormState, form({ importId: fields.importId }))).toEqual({
      status: 'ok',
      message: 'De werkmap is weggegooid; er is niets opgeslagen.',
    });
    expect(await db.actionUpdate.count()).toBe(updates);
    expect((await findWorkbookPreview({ user: scene.users.partnerA, importId: Number(fields.importId) }))?.settled).toEqual({ state: 'DISCARDED' });
    expect(await handleDiscardWorkbook(initialFormState, form({ importId: fields.importId }))).toMatchObject({ status: 'error', message: 'Deze upload is al weggegooid.' });
  });

  it('keeps another partner’s upload out of sight: not found, nothing changed', async () => {
    const fields = await upload();
    const before = await snapshotTables(db);
    session.user = scene.users.partnerB;
    expect(await handleDiscardWorkbook(initialFormState, form({ importId: fields.importId }))).toMatchObject({
      status: 'error',
      message: 'Deze upload bestaat niet, of u heeft er geen toegang toe.',
    });
    expect(await findWorkbookPreview({ user: scene.users.partnerB, importId: Number(fields.importId) })).toBeNull();
    expect(await snapshotTables(db)).toEqual(before);
  });
});
