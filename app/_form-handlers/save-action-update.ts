'use server';

import { revalidatePath } from 'next/cache';
import type { FormState } from '@/lib/errors';
import { runFormHandler } from '@/lib/forms/run-form-handler';
import { saveActionUpdate } from '@/lib/updates/save-action-update';
import { saveUpdateFormSchema } from '@/lib/validation/updates';

/** Saves an update of an action in a round (partner workspace and the ministry's edit page). */
export async function handleSaveActionUpdate(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormHandler(saveUpdateFormSchema, formData, async (input, user) => {
    const { entryId, baseVersion, intent, ...content } = input;
    const result = await saveActionUpdate({ user, entryId, baseVersion, content, markReady: intent === 'ready' });
    revalidatePath('/werkruimte');
    revalidatePath('/beheer', 'layout');
    const saved = result.changed ? `Opgeslagen als versie ${result.version}.` : 'Er was niets gewijzigd.';
    return {
      status: 'ok',
      message: intent === 'ready' ? `${result.changed ? saved : ''} Klaar voor controle door het ministerie.`.trim() : saved,
      values: { baseVersion: String(result.version) },
    };
  });
}
