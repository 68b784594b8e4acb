import 'server-only';
import type { Actor } from '@/lib/auth/session-user';

/** TEMPORARY STUB until h-workbook lands (their file replaces this one). */
export async function buildWorkbook(options: { user: Actor; roundId: number; organisationId?: number; format: 'xlsx' | 'csv' }): Promise<{ fileName: string; contentType: string; bytes: Buffer }> {
  throw new Error(`nog niet gebouwd: ${options.roundId}`);
}
