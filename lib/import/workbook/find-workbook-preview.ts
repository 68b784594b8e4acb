import 'server-only';
import type { Actor } from '@/lib/auth/session-user';
import { ForbiddenError, NotFoundError } from '@/lib/errors';
import { previewWorkbookImport } from '@/lib/import/workbook/preview-workbook-import';
import type { WorkbookPreview } from '@/lib/import/workbook/workbook-preview';

/**
 * The preview page's loader: the uploaded workbook's preview, or null when it does not exist, is
 * not a workbook, is not the user's to see, or (`roundId`) belongs to another round than the
 * address says. The page answers every null with "not found".
 */
export async function findWorkbookPreview(options: { user: Actor; importId: number; roundId?: number }): Promise<WorkbookPreview | null> {
  try {
    const preview = await previewWorkbookImport({ user: options.user, importId: options.importId });
    return options.roundId === undefined || preview.round.id === options.roundId ? preview : null;
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) return null;
    throw error;
  }
}
