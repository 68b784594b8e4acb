'use server';

import { revalidatePath } from 'next/cache';
import type { FormState } from '@/lib/errors';
import { runFormHandler } from '@/lib/forms/run-form-handler';
import { createUser } from '@/lib/users/create-user';
import { updateUser } from '@/lib/users/update-user';
import { createUserSchema, updateUserSchema } from '@/lib/validation/users';

export async function handleCreateUser(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormHandler(createUserSchema, formData, async (input, user) => {
    const created = await createUser({ user, ...input, organisationId: input.organisationId ?? null });
    revalidatePath('/beheer/gebruikers');
    return `Account voor ${created.email} is gemaakt. Geef het wachtwoord persoonlijk door.`;
  });
}

export async function handleUpdateUser(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormHandler(updateUserSchema, formData, async (input, user) => {
    await updateUser({ user, ...input, organisationId: input.organisationId ?? null });
    revalidatePath('/beheer/gebruikers');
    return 'Het account is bijgewerkt.';
  });
}
