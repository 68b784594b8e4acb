'use server';

import { revalidatePath } from 'next/cache';
import type { FormState } from '@/lib/errors';
import { runFormHandler } from '@/lib/forms/run-form-handler';
import { discardImport } from '@/lib/import/discard-import';
import { applyWorkbookImport } from '@/lib/import/workbook/apply-workbook-import';
import { appliedWorkbookMessage } from '@/lib/import/workbook/workbook-outcome';
import { applyWorkbookSchema, workbookImportSchema } from '@/lib/validation/workbook-pages';

/** "Opslaan": saves the workbook's changed rows through the update use case, in one transaction, if they are still what the preview showed. */
export async function handleApplyWorkbook(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormHandler(applyWorkbookSchema, formData, async ({ importId, previewKey }, user) => {
    const outcome = await applyWorkbookImport({ user, importId, previewKey });
    revalidatePath('/werkruimte', 'layout');
    revalidatePath('/beheer', 'layout');
    return appliedWorkbookMessage(outcome);
  });
}

/** "Weggooien": the upload is kept (as every upload) but marked discarded; nothing is saved. */
export async function handleDiscardWorkbook(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormHandler(workbookImportSchema, formData, async ({ importId }, user) => {
    await discardImport({ user, importId });
    revalidatePath('/werkruimte', 'layout');
    revalidatePath('/beheer', 'layout');
    return 'De werkmap is weggegooid; er is niets opgeslagen.';
  });
}
