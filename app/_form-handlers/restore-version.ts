'use server';

import { revalidatePath } from 'next/cache';
import type { FormState } from '@/lib/errors';
import { runFormHandler } from '@/lib/forms/run-form-handler';
import { restoreVersion } from '@/lib/updates/restore-version';
import { restoreVersionSchema } from '@/lib/validation/updates';

/** Restores an earlier version of an entry as a new version (the ministry's entry page). */
export async function handleRestoreVersion(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormHandler(restoreVersionSchema, formData, async (input, user) => {
    const result = await restoreVersion({ user, ...input });
    revalidatePath('/werkruimte');
    revalidatePath('/beheer', 'layout');
    return result.changed
      ? `Versie ${input.version} is teruggezet als versie ${result.version}.`
      : `Versie ${input.version} is gelijk aan de huidige tekst; er is niets gewijzigd.`;
  });
}
