'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { FormState } from '@/lib/errors';
import { runFormHandler } from '@/lib/forms/run-form-handler';
import { changeOwnPassword } from '@/lib/accounts/change-own-password';
import { requestPasswordReset, RESET_REQUESTED } from '@/lib/accounts/request-password-reset';
import { setOwnReminders } from '@/lib/accounts/set-own-reminders';
import { setPasswordWithLink } from '@/lib/accounts/set-password-with-link';
import { assertSignedIn } from '@/lib/auth/permissions';
import { clientAddressOf, requestClient } from '@/lib/auth/request-client';
import {
  changePasswordSchema,
  remindersSchema,
  requestPasswordResetSchema,
  setPasswordWithLinkSchema,
} from '@/lib/validation/accounts';

export async function handleActivateAccount(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormHandler(setPasswordWithLinkSchema, formData, async (input) => {
    await setPasswordWithLink({ purpose: 'INVITATION', token: input.token, password: input.password });
    redirect('/inloggen?melding=account-geactiveerd');
  });
}

export async function handleResetPassword(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormHandler(setPasswordWithLinkSchema, formData, async (input) => {
    await setPasswordWithLink({ purpose: 'PASSWORD_RESET', token: input.token, password: input.password });
    redirect('/inloggen?melding=wachtwoord-hersteld');
  });
}

export async function handleRequestPasswordReset(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormHandler(requestPasswordResetSchema, formData, async (input) => {
    await requestPasswordReset({ email: input.email, ip: clientAddressOf((await headers()).get('x-forwarded-for')) });
    return RESET_REQUESTED;
  });
}

export async function handleChangePassword(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormHandler(changePasswordSchema, formData, async (input, user) => {
    assertSignedIn(user);
    const client = requestClient(await headers(), user.email);
    await changeOwnPassword({ user, currentPassword: input.currentPassword, newPassword: input.password, ...client });
    redirect('/inloggen?melding=wachtwoord-gewijzigd&terug=%2Faccount');
  });
}

export async function handleSetReminders(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormHandler(remindersSchema, formData, async (input, user) => {
    const after = await setOwnReminders({ user, remindersEnabled: input.remindersEnabled });
    // The page's new default for the box: React resets the form after the handler.
    revalidatePath('/account');
    return after.remindersEnabled
      ? 'Opgeslagen: u krijgt herinneringen voor de inlevertermijn.'
      : 'Opgeslagen: u krijgt geen herinneringen voor de inlevertermijn meer.';
  });
}
