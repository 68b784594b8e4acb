'use server';

import { revalidatePath } from 'next/cache';
import type { FormState } from '@/lib/errors';
import { runFormAction } from '@/lib/forms/run-form-action';
import { approveEntry } from '@/lib/review/approve-entry';
import { returnEntry } from '@/lib/review/return-entry';
import { approveEntrySchema, returnEntrySchema } from '@/lib/validation/review';

export async function approveEntryAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(approveEntrySchema, formData, async (input, user) => {
    await approveEntry({ user, ...input });
    revalidatePath('/beheer', 'layout');
    revalidatePath('/werkruimte');
    return 'Goedgekeurd.';
  });
}

export async function returnEntryAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(returnEntrySchema, formData, async (input, user) => {
    await returnEntry({ user, ...input });
    revalidatePath('/beheer', 'layout');
    revalidatePath('/werkruimte');
    return 'Teruggestuurd naar de partner, met uw toelichting.';
  });
}
