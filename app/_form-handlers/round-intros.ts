'use server';

import { revalidatePath } from 'next/cache';
import type { FormState } from '@/lib/errors';
import { runFormHandler } from '@/lib/forms/run-form-handler';
import { editRoundLineIntro } from '@/lib/rounds/edit-round-line-intro';
import { lineIntroSchema } from '@/lib/validation/round-line-intros';

/** Saves a round's introduction for one actielijn (empty removes it). */
export async function handleEditLineIntro(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormHandler(lineIntroSchema, formData, async (input, user) => {
    const { changed } = await editRoundLineIntro({ user, ...input });
    revalidatePath(`/beheer/rondes/${input.roundId}`, 'layout');
    if (!changed) return 'De inleiding was al zo; er is niets gewijzigd.';
    return input.text === '' ? 'De inleiding is weggehaald.' : 'De inleiding is opgeslagen.';
  });
}
