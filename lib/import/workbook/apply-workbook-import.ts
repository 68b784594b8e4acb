import 'server-only';
import type { Actor } from '@/lib/auth/session-user';

/** TEMPORARY STUB until h-workbook lands (their file replaces this one). */
export async function applyWorkbookImport(options: { user: Actor; importId: number }): Promise<{ saved: number; unchanged: number; conflicts: number; refused: number; invalid: number }> {
  throw new Error(`nog niet gebouwd: ${options.importId}`);
}
