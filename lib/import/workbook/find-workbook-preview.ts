import 'server-only';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/auth/session-user';
import { ForbiddenError, NotFoundError } from '@/lib/errors';
import type { WorkbookOutcome } from '@/lib/import/workbook/apply-workbook-import';
import { previewWorkbookImport } from '@/lib/import/workbook/preview-workbook-import';
import type { WorkbookPreview } from '@/lib/import/workbook/workbook-preview';

/** What became of a workbook that is no longer waiting: saved (when, by whom, the counts) or discarded. */
export type WorkbookSettled = { state: 'APPLIED'; appliedAt: Date; appliedBy: string | null; outcome: WorkbookOutcome | null } | { state: 'DISCARDED' };

/**
 * The preview page's loader: the uploaded workbook's preview and, once saved or discarded, what
 * became of it; null when it does not exist, is not a workbook, is not the user's to see, or
 * (`roundId`) belongs to another round than the address says. The page answers null with "not found".
 */
export async function findWorkbookPreview(options: {
  user: Actor;
  importId: number;
  roundId?: number;
}): Promise<{ preview: WorkbookPreview; settled: WorkbookSettled | null; ownUpload: boolean } | null> {
  let preview: WorkbookPreview;
  try {
    preview = await previewWorkbookImport({ user: options.user, importId: options.importId });
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) return null;
    throw error;
  }
  if (options.roundId !== undefined && preview.round.id !== options.roundId) return null;
  const stored = await prisma.importFile.findUniqueOrThrow({
    where: { id: preview.importId },
    select: { uploadedById: true, appliedAt: true, appliedBy: { select: { name: true } }, outcome: true },
  });
  // Only the uploader saves a workbook (its rows are judged as the uploader may edit them).
  const ownUpload = options.user !== null && stored.uploadedById === options.user.id;
  if (preview.state === 'UPLOADED') return { preview, settled: null, ownUpload };
  if (preview.state === 'DISCARDED') return { preview, settled: { state: 'DISCARDED' }, ownUpload };
  const applied = stored;
  return {
    preview,
    ownUpload,
    settled: { state: 'APPLIED', appliedAt: applied.appliedAt ?? preview.uploadedAt, appliedBy: applied.appliedBy?.name ?? null, outcome: toOutcome(applied.outcome) },
  };
}

/** The counts applyWorkbookImport stored, read back defensively (a JSON column). */
function toOutcome(value: unknown): WorkbookOutcome | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const keys = ['saved', 'unchanged', 'conflicts', 'refused', 'invalid'] as const;
  if (!keys.every((key) => typeof record[key] === 'number')) return null;
  return Object.fromEntries(keys.map((key) => [key, record[key]])) as WorkbookOutcome;
}
