'use server';

import { revalidatePath } from 'next/cache';
import type { FormState } from '@/lib/errors';
import { runFormHandler } from '@/lib/forms/run-form-handler';
import { setLineArchived } from '@/lib/lines/set-line-archived';
import { archiveLineSchema } from '@/lib/validation/plan-editing';

/** Archives an empty actielijn (archived=true) or puts it back (false). */
export async function handleArchiveLine(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormHandler(archiveLineSchema, formData, async (input, user) => {
    await setLineArchived({ user, ...input });
    revalidatePath('/beheer', 'layout');
    return input.archived
      ? 'De actielijn is gearchiveerd: zij staat nu onder ‘Gearchiveerde actielijnen’.'
      : 'De actielijn is teruggezet.';
  });
}
