import type { Database } from '@/lib/prisma-client';
import { prisma } from '@/lib/db';
import { uploadBijlage } from '@/lib/import/bijlage/upload-bijlage';
import { applyBijlageImport } from '@/lib/import/bijlage/apply-bijlage-import';
import { discardImport } from '@/lib/import/discard-import';
import type { Call, MatrixFixture } from './authorization-calls';
import { threeColumnBijlage } from './bijlage-documents';

/** The import's mutations as the authorization matrix calls them (see authorization-calls.ts). */

/** A bijlage reporting the fixture's action (line 1, "Een actie") and one new action. */
const bijlage = () =>
  threeColumnBijlage({
    lines: [{ heading: 'Actielijn 1: Eerste lijn', rows: [{ title: 'Een actie', result: 'Gedaan.', planning: 'eind 2026' }, { title: 'Een nieuwe actie', result: '', planning: '' }] }],
    footnotes: {},
  });

/** Keeps an upload of `kind` for the fixture's round, by `uploadedById`, as storeImportFile would. */
async function storeUpload(db: Database, f: MatrixFixture, kind: 'BIJLAGE' | 'WORKBOOK', uploadedById: number) {
  const bytes = await bijlage();
  await db.importFile.create({
    data: { kind, fileName: 'bijlage.docx', format: 'docx', size: bytes.length, sha256: 'x'.repeat(64), content: new Uint8Array(bytes), planId: f.plan.id, roundId: f.round.id, uploadedById },
  });
}

const latestUpload = async (f: MatrixFixture) => (await prisma.importFile.findFirstOrThrow({ where: { planId: f.plan.id }, orderBy: { id: 'desc' } })).id;

export const IMPORT_CALLS = {
  'import.uploadBijlage': {
    permission: 'import.uploadBijlage',
    run: async (f, user) => uploadBijlage({ user, planId: f.plan.id, target: { roundId: f.round.id }, fileName: 'bijlage.docx', bytes: await bijlage() }),
  },
  'import.applyBijlage': {
    permission: 'import.applyBijlage',
    prepare: (db, f) => storeUpload(db, f, 'BIJLAGE', f.users.ministry.id),
    run: async (f, user) => applyBijlageImport({ user, importId: await latestUpload(f), choices: {} }),
  },
  'import.discard': {
    permission: 'import.discard',
    // A partner's own upload (a workbook): the ministry and that partner may throw it away.
    prepare: (db, f) => storeUpload(db, f, 'WORKBOOK', f.users.leadPartner.id),
    run: async (f, user) => discardImport({ user, importId: await latestUpload(f) }),
  },
} satisfies Record<string, Call>;
