'use server';

import { revalidatePath } from 'next/cache';
import type { FormState } from '@/lib/errors';
import { runFormHandler } from '@/lib/forms/run-form-handler';
import { approveEntry } from '@/lib/review/approve-entry';
import { returnEntry } from '@/lib/review/return-entry';
import { approveEntrySchema, returnEntrySchema } from '@/lib/validation/review';

export async function handleApproveEntry(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormHandler(approveEntrySchema, formData, async (input, user) => {
    await approveEntry({ user, ...input });
    revalidatePath('/beheer', 'layout');
    revalidatePath('/werkruimte');
    return 'Goedgekeurd.';
  });
}

export async function handleReturnEntry(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormHandler(returnEntrySchema, formData, async (input, user) => {
    await returnEntry({ user, ...input });
    revalidatePath('/beheer', 'layout');
    revalidatePath('/werkruimte');
    return 'Teruggestuurd naar de partner, met uw toelichting.';
  });
}
