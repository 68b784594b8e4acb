import 'server-only';
import type { Actor } from '@/lib/auth/session-user';

/** TEMPORARY STUB until h-workbook lands (their file replaces this one). */
export async function uploadWorkbook(options: { user: Actor; roundId: number; fileName: string; bytes: Buffer }): Promise<{ importId: number }> {
  throw new Error(`nog niet gebouwd: ${options.roundId}`);
}
