import 'server-only';
import { prisma } from '@/lib/db';
import { assertSignedIn } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { findWorkbookUpload, judgeWorkbookUpload } from '@/lib/import/workbook/judge-workbook-upload';
import type { WorkbookPreview } from '@/lib/import/workbook/workbook-preview';

/**
 * What applying an uploaded workbook would save, row by row, computed from the stored file and
 * the entries as they are now; nothing is written. `import.view`: the ministry sees every upload,
 * a partner its own (another's is "not found").
 */
export async function previewWorkbookImport(options: { user: Actor; importId: number }): Promise<WorkbookPreview> {
  const { user } = options;
  assertSignedIn(user);
  const upload = await findWorkbookUpload(prisma, user, options.importId);
  return judgeWorkbookUpload(prisma, user, upload);
}
