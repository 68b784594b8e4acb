import 'server-only';
import { prisma } from '@/lib/db';
import { assertCan } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { ValidationError } from '@/lib/errors';
import { IMPORT_LIMITS, megabytes } from '@/lib/import/import-limits';
import { storeImportFile } from '@/lib/import/store-import-file';
import { readWorkbookFile } from '@/lib/import/workbook/read-workbook';
import { assertWorkbookRound, findWorkbookRound } from '@/lib/import/workbook/workbook-round';

/**
 * Keeps a filled-in workbook (.xlsx or CSV, recognised by its bytes) for a round, to be previewed
 * and applied. The round must be one the user could save entries in now (a partner: open, with
 * actions of its organisation; the ministry: open or closed). A file that is too large or cannot
 * be read is refused and not stored. Nothing of the round changes here.
 */
export async function uploadWorkbook(options: { user: Actor; roundId: number; fileName: string; bytes: Buffer }): Promise<{ importId: number }> {
  const { user, bytes } = options;
  assertCan(user, 'import.uploadWorkbook', null);
  const round = await findWorkbookRound(prisma, user, options.roundId);
  assertWorkbookRound(user, round.state);
  if (bytes.length > IMPORT_LIMITS.fileBytes) {
    throw new ValidationError(`Dit bestand is groter dan ${megabytes(IMPORT_LIMITS.fileBytes)}; zo groot is geen werkmap. Er is niets opgeslagen.`);
  }
  const { format } = await readWorkbookFile(bytes);
  const stored = await storeImportFile({
    user,
    kind: 'WORKBOOK',
    fileName: displayName(options.fileName, format),
    format,
    bytes,
    planId: round.planId,
    roundId: round.id,
  });
  return { importId: stored.id };
}

/** The file's own name without any folder, control characters or excess length: for display only. */
function displayName(fileName: string, format: 'xlsx' | 'csv'): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[\u0000-\u001F\u007F-\u009F]/g, '').trim().slice(0, 200);
  return clean || `werkmap.${format}`;
}
