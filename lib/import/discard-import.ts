import 'server-only';
import type { Actor } from '@/lib/auth/session-user';

/** TEMPORARY STUB until h-engine lands (their file replaces this one). */
export async function discardImport(options: { user: Actor; importId: number }): Promise<void> {
  throw new Error(`nog niet gebouwd: ${options.importId}`);
}
