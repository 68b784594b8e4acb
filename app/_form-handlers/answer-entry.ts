'use server';

import { revalidatePath } from 'next/cache';
import type { FormState } from '@/lib/errors';
import { runFormHandler } from '@/lib/forms/run-form-handler';
import { answerEntry } from '@/lib/review/answer-entry';
import { answerEntrySchema } from '@/lib/validation/review';

/** A partner answers the ministry's return comment (workspace). */
export async function handleAnswerEntry(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormHandler(answerEntrySchema, formData, async (input, user) => {
    await answerEntry({ user, ...input });
    revalidatePath('/werkruimte');
    revalidatePath('/beheer', 'layout');
    return 'Uw antwoord is verstuurd; het ministerie ziet het bij de controle.';
  });
}
