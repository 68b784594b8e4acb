import 'server-only';
import { prisma } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertSignedIn, can } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session-user';
import { ConflictError, ForbiddenError, NotFoundError } from '@/lib/errors';

const NOT_FOUND = 'Deze upload bestaat niet, of u heeft er geen toegang toe.';

/**
 * Throws an upload away (a bijlage or a workbook) before it is applied: it stays kept, as every
 * upload does, marked DISCARDED, and can no longer be applied. The state changes by compare-and-set,
 * so an import applied at the same moment wins or loses cleanly. A partner editor may discard
 * their own uploads only; another's is not found.
 */
export async function discardImport(options: { user: SessionUser | null | 'command-line'; importId: number }): Promise<void> {
  const { user } = options;
  if (user !== 'command-line') assertSignedIn(user);
  const upload = await prisma.importFile.findUnique({ where: { id: options.importId }, select: { id: true, uploadedById: true, state: true } });
  if (!upload) throw new NotFoundError(NOT_FOUND);
  if (user !== 'command-line' && !can(user, 'import.discard', { uploadedById: upload.uploadedById })) {
    if (user.role === 'PARTNER_EDITOR') throw new NotFoundError(NOT_FOUND);
    throw new ForbiddenError('U mag deze upload niet weggooien.');
  }
  await prisma.$transaction(async (tx) => {
    const changed = await tx.importFile.updateMany({ where: { id: upload.id, state: 'UPLOADED' }, data: { state: 'DISCARDED' } });
    if (changed.count === 0) {
      const now = await tx.importFile.findUniqueOrThrow({ where: { id: upload.id }, select: { state: true } });
      throw new ConflictError(now.state === 'APPLIED' ? 'Deze upload is al geïmporteerd.' : 'Deze upload is al weggegooid.');
    }
    await recordAudit(tx, {
      actorId: user === 'command-line' ? null : user.id,
      permission: 'import.discard',
      entityType: 'import',
      entityId: upload.id,
      before: { state: 'UPLOADED' },
      after: { state: 'DISCARDED' },
    });
  });
}
