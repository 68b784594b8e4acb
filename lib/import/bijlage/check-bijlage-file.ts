import { IMPORT_LIMITS, megabytes } from '@/lib/import/import-limits';

/**
 * The first look at an uploaded bijlage, before it is read: a Word document (.docx, which is a zip
 * file: it starts with "PK\x03\x04"), not empty, not over the size limit. Its name is only shown,
 * never used as a path: the folders a browser may send are dropped, and so are control characters.
 */
export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export type CheckedFile = { ok: true; fileName: string } | { ok: false; status: 400 | 413; message: string };

export const FILE_MESSAGES = {
  missing: 'Kies een Word-bestand (.docx) om in te lezen.',
  notDocx:
    'Dit is geen Word-bestand (.docx). Een .doc uit een oude Word-versie of een pdf kan niet worden ingelezen: sla het in Word op als .docx en probeer het opnieuw.',
  tooLarge: `Dit bestand is te groot (meer dan ${megabytes(IMPORT_LIMITS.fileBytes)}); er is niets ingelezen.`,
} as const;

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

export function checkBijlageFile(file: { name: string; type: string; bytes: Buffer }): CheckedFile {
  if (file.bytes.length === 0) return { ok: false, status: 400, message: FILE_MESSAGES.missing };
  if (file.bytes.length > IMPORT_LIMITS.fileBytes) return { ok: false, status: 413, message: FILE_MESSAGES.tooLarge };
  const fileName = displayFileName(file.name);
  const namedDocx = /\.docx$/i.test(fileName) || file.type === DOCX_CONTENT_TYPE;
  if (!namedDocx || !file.bytes.subarray(0, 4).equals(ZIP_SIGNATURE)) return { ok: false, status: 400, message: FILE_MESSAGES.notDocx };
  return { ok: true, fileName };
}

/** The file's own name, for display: no folders, no control characters, at most 200 characters. */
export function displayFileName(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? '';
  const clean = base.replace(/[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g, '').trim();
  if (clean === '' || clean === '.' || clean === '..') return 'bijlage.docx';
  return clean.length > 200 ? `${clean.slice(0, 190)}….docx` : clean;
}
