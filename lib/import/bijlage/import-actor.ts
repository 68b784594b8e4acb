import 'server-only';
import { assertCan, assertRoleMay, type ImportTargetResource } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session-user';

/** Who imports: a signed-in user, or the command line (`npm run import`), which has the ministry's rights. */
export type ImportActor = SessionUser | 'command-line';

/** The command line as the permission rules see it: a ministry editor without an account. */
const COMMAND_LINE: SessionUser = { id: 0, email: '', name: 'Opdrachtregel', role: 'MINISTRY_EDITOR', organisationId: null, organisation: null };

/** The actor's id for audit lines and versions: null for the command line. */
export function actorIdOf(user: ImportActor): number | null {
  return user === 'command-line' ? null : user.id;
}

/** The user as storeImportFile takes it: null for the command line. */
export function sessionUserOf(user: ImportActor): SessionUser | null {
  return user === 'command-line' ? null : user;
}

/** The role part of a bijlage permission, before anything is read (see assertRoleMay). */
export function assertImportRoleMay(
  user: ImportActor | null,
  permission: 'import.uploadBijlage' | 'import.applyBijlage',
): asserts user is ImportActor {
  assertRoleMay(user === 'command-line' ? COMMAND_LINE : user, permission);
}

/** The full rule of a bijlage permission for its target round (null: a new round). */
export function assertImportMay(
  user: ImportActor | null,
  permission: 'import.uploadBijlage' | 'import.applyBijlage',
  target: ImportTargetResource,
): asserts user is ImportActor {
  assertCan(user === 'command-line' ? COMMAND_LINE : user, permission, target);
}
