'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { FormState } from '@/lib/errors';
import { runFormHandler } from '@/lib/forms/run-form-handler';
import { applyBijlageImport } from '@/lib/import/bijlage/apply-bijlage-import';
import { discardImport } from '@/lib/import/discard-import';
import { applyBijlageSchema, choicesFromForm, decodeChoices, encodeChoices, importIdSchema, refreshPreviewSchema } from '@/lib/validation/import-bijlage';

const UNREADABLE_CHOICES = 'De gekozen koppelingen zijn onleesbaar; laad het voorbeeld opnieuw.';

/**
 * The preview again with the choices of the form: to the address that carries the choices which
 * differ from the proposals (`?keuze=12:345,13:nieuw`), so it works without JavaScript too.
 */
export async function handleRefreshBijlagePreview(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormHandler(refreshPreviewSchema, formData, async ({ importId, voorstel }) => {
    const choices = choicesFromForm(formData);
    const proposed = decodeChoices(voorstel);
    if (!choices || !proposed) return { status: 'error', message: UNREADABLE_CHOICES };
    const keuze = encodeChoices(choices, proposed);
    redirect(`/beheer/importeren/${importId}${keuze ? `?keuze=${keuze}` : ''}#koppelingen`);
  });
}

/** Imports the bijlage with the form's choices, in one transaction; then its page shows what it did. */
export async function handleApplyBijlage(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormHandler(applyBijlageSchema, formData, async ({ importId, sluiten }, user) => {
    const choices = choicesFromForm(formData);
    if (!choices) return { status: 'error', message: UNREADABLE_CHOICES };
    await applyBijlageImport({ user, importId, choices, closeRound: sluiten });
    revalidatePath('/beheer', 'layout');
    revalidatePath('/werkruimte');
    redirect(`/beheer/importeren/${importId}`);
  });
}

/** Discards an upload that was not imported: it is kept, marked as discarded. */
export async function handleDiscardImport(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormHandler(importIdSchema, formData, async ({ importId }, user) => {
    await discardImport({ user, importId });
    revalidatePath('/beheer', 'layout');
    redirect(`/beheer/importeren/${importId}`);
  });
}
