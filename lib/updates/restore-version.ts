import 'server-only';
import { prisma } from '@/lib/db';
import { assertSignedIn } from '@/lib/auth/permissions';
import { visibleEntriesWhere } from '@/lib/auth/visible-entries';
import type { Actor } from '@/lib/auth/session-user';
import { NotFoundError } from '@/lib/errors';
import { saveActionUpdate, type SaveResult } from '@/lib/updates/save-action-update';

/**
 * Restores an earlier version of an entry as a new version: its status, result and planning are
 * saved by saveActionUpdate, under the same rules as any save (who may, the round's state) and
 * based on the version the editor was shown as current, so a save by someone else in the meantime
 * refuses the restore with their text. Versions are never changed; the audit line names the
 * version restored.
 */
export async function restoreVersion(options: { user: Actor; entryId: number; version: number; baseVersion: number }): Promise<SaveResult> {
  const { user } = options;
  assertSignedIn(user);
  const entry = await prisma.actionEntry.findFirst({
    where: { id: options.entryId, ...visibleEntriesWhere(user) },
    select: { updates: { where: { version: options.version }, select: { status: true, result: true, planning: true } } },
  });
  if (!entry) throw new NotFoundError('Deze actie bestaat niet, of valt niet onder uw organisatie.');
  const restored = entry.updates[0];
  if (!restored) throw new NotFoundError(`Versie ${options.version} van deze actie bestaat niet.`);
  return saveActionUpdate({
    user,
    entryId: options.entryId,
    baseVersion: options.baseVersion,
    content: { status: restored.status, result: restored.result, planning: restored.planning },
    restoredFrom: options.version,
  });
}
