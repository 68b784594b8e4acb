import { createHash } from 'node:crypto';
import { prisma } from '@/lib/db';
import { applyWorkbookImport } from '@/lib/import/workbook/apply-workbook-import';
import { uploadWorkbook } from '@/lib/import/workbook/upload-workbook';
import type { Call, MatrixFixture } from './authorization-calls';

/** The fixture's entry as a partner's CSV workbook would carry it, its planning changed. */
function workbookCsv(f: MatrixFixture): Buffer {
  return Buffer.from(`\uFEFFid;versie;Status;Resultaat / stand van zaken;Planning\r\n${f.entry.id};1;loopt;Vorige tekst;voorjaar 2027\r\n`, 'utf8');
}

/** The workbook's upload and apply, as the matrix calls them. */
export const WORKBOOK_CALLS = {
  'import.uploadWorkbook': {
    permission: 'import.uploadWorkbook',
    run: (f, user) => uploadWorkbook({ user, roundId: f.round.id, fileName: 'werkmap.csv', bytes: workbookCsv(f) }),
  },
  'import.applyWorkbook': {
    permission: 'import.applyWorkbook',
    // Each editor's own upload of the workbook, whatever the round's state (a partner only applies its own).
    prepare: async (db, f) => {
      const bytes = workbookCsv(f);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      for (const uploader of [f.users.ministry, f.users.leadPartner, f.users.thirdPartner, f.users.otherPartner]) {
        await db.importFile.create({
          data: {
            kind: 'WORKBOOK', fileName: 'werkmap.csv', format: 'csv', size: bytes.length, sha256, content: new Uint8Array(bytes),
            planId: f.plan.id, roundId: f.round.id, uploadedById: uploader.id,
          },
        });
      }
    },
    run: async (f, user) => {
      const upload = await prisma.importFile.findFirstOrThrow({ where: { uploadedById: user?.id ?? f.users.ministry.id } });
      return applyWorkbookImport({ user, importId: upload.id });
    },
  },
} satisfies Record<string, Call>;
