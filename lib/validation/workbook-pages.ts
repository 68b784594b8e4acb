import { z } from '@/lib/validation/dutch-zod';
import { idField } from '@/lib/validation/fields';

/**
 * The ministry's choice of organisation for a workbook (?organisatie=JN): an abbreviation or alias,
 * or nothing (every organisation). Other query parameters are ignored.
 */
export const workbookOrganisationQuery = z.object({
  organisatie: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : typeof value === 'string' ? value.trim() : value),
    z
      .string()
      .max(40, 'Deze organisatie kennen wij niet; kies er een uit de lijst bij de ronde.')
      .regex(/^[\p{L}\p{N} &.'()-]+$/u, 'Deze organisatie kennen wij niet; kies er een uit de lijst bij de ronde.')
      .optional(),
  ),
});

/** Discarding an uploaded workbook: which upload. */
export const workbookImportSchema = z.object({ importId: idField });

/**
 * Saving it: which upload, and what its preview showed (WorkbookPreview.previewKey: per row a letter
 * and a version, dot-separated); when anything changed since, nothing is saved.
 */
export const applyWorkbookSchema = workbookImportSchema.extend({
  previewKey: z.string().max(200_000, 'Het voorbeeld is onleesbaar; laad de pagina opnieuw.').regex(/^[a-z0-9.]*$/, 'Het voorbeeld is onleesbaar; laad de pagina opnieuw.'),
});
