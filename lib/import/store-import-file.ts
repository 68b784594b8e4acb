import 'server-only';
import { createHash } from 'node:crypto';
import { prisma } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import type { SessionUser } from '@/lib/auth/session-user';
import type { ImportKind } from '@/lib/generated/prisma/client';

export type StoredImport = { id: number; sha256: string };

/**
 * Keeps an upload as it arrived, in the database (never where the public can reach it), with its
 * SHA-256, the uploader and the moment, and records the upload in the audit log. The caller has
 * checked the permission and the file's bounds; nothing of the plan is written here.
 * `user` null is the command line.
 */
export async function storeImportFile(options: {
  user: SessionUser | null;
  kind: ImportKind;
  fileName: string;
  format: 'docx' | 'xlsx' | 'csv';
  bytes: Buffer;
  planId: number;
  roundId: number | null;
  newRound?: { title: string; date: string } | null;
}): Promise<StoredImport> {
  const sha256 = createHash('sha256').update(options.bytes).digest('hex');
  return prisma.$transaction(async (tx) => {
    const stored = await tx.importFile.create({
      data: {
        kind: options.kind,
        fileName: options.fileName,
        format: options.format,
        size: options.bytes.length,
        sha256,
        content: new Uint8Array(options.bytes),
        planId: options.planId,
        roundId: options.roundId,
        newRound: options.newRound ?? undefined,
        uploadedById: options.user?.id ?? null,
      },
      select: { id: true, sha256: true },
    });
    await recordAudit(tx, {
      actorId: options.user?.id ?? null,
      permission: options.kind === 'BIJLAGE' ? 'import.uploadBijlage' : 'import.uploadWorkbook',
      entityType: 'import',
      entityId: stored.id,
      after: {
        fileName: options.fileName,
        format: options.format,
        size: options.bytes.length,
        sha256,
        roundId: options.roundId,
        ...(options.newRound && { newRound: options.newRound }),
      },
    });
    return stored;
  });
}
