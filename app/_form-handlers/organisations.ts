'use server';

import { revalidatePath } from 'next/cache';
import type { FormState } from '@/lib/errors';
import { runFormHandler } from '@/lib/forms/run-form-handler';
import { createOrganisation } from '@/lib/organisations/create-organisation';
import { updateOrganisation } from '@/lib/organisations/update-organisation';
import { organisationSchema, updateOrganisationSchema } from '@/lib/validation/organisations';

export async function handleCreateOrganisation(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormHandler(organisationSchema, formData, async (input, user) => {
    const organisation = await createOrganisation({ user, ...input });
    revalidatePath('/beheer', 'layout');
    return `${organisation.abbreviation} is toegevoegd.`;
  });
}

export async function handleUpdateOrganisation(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormHandler(updateOrganisationSchema, formData, async (input, user) => {
    await updateOrganisation({ user, ...input });
    revalidatePath('/beheer', 'layout');
    return 'De organisatie is bijgewerkt.';
  });
}
