'use server';

import { revalidatePath } from 'next/cache';
import type { FormState } from '@/lib/errors';
import { runFormHandler } from '@/lib/forms/run-form-handler';
import { createUser } from '@/lib/users/create-user';
import { resendInvitation } from '@/lib/users/resend-invitation';
import { updateUser } from '@/lib/users/update-user';
import { resendInvitationSchema } from '@/lib/validation/accounts';
import { inviteUserSchema, updateUserSchema } from '@/lib/validation/users';

export async function handleCreateUser(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormHandler(inviteUserSchema, formData, async (input, user) => {
    const created = await createUser({ user, ...input, organisationId: input.organisationId ?? null });
    revalidatePath('/beheer/gebruikers');
    return `Account voor ${created.email} is gemaakt en de uitnodiging is verstuurd. Met de link daarin kiest de gebruiker zelf een wachtwoord.`;
  });
}

export async function handleUpdateUser(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormHandler(updateUserSchema, formData, async (input, user) => {
    await updateUser({ user, ...input, organisationId: input.organisationId ?? null });
    revalidatePath('/beheer/gebruikers');
    return 'Het account is bijgewerkt.';
  });
}

export async function handleResendInvitation(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormHandler(resendInvitationSchema, formData, async (input, user) => {
    const account = await resendInvitation({ user, userId: input.userId });
    revalidatePath('/beheer/gebruikers');
    return `Nieuwe uitnodiging verstuurd naar ${account.email}. Eerdere uitnodigingslinks werken niet meer.`;
  });
}
