import 'server-only';
import type { Actor } from '@/lib/auth/session-user';
import type { WorkbookPreview } from '@/lib/import/workbook/workbook-preview';

/** TEMPORARY STUB until h-workbook lands (their file replaces this one). */
export async function previewWorkbookImport(options: { user: Actor; importId: number }): Promise<WorkbookPreview> {
  throw new Error(`nog niet gebouwd: ${options.importId}`);
}
