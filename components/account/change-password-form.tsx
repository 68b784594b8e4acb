'use client';

import { useActionState } from 'react';
import { handleChangePassword } from '@/app/_form-handlers/accounts';
import { SubmitButton } from '@/components/forms/buttons';
import { TextInput } from '@/components/forms/fields';
import { FormMessage } from '@/components/forms/form-message';
import { initialFormState } from '@/lib/errors';

/** The signed-in person's own password: the current one, then the new one twice. */
export function ChangePasswordForm({ email }: { email: string }) {
  const [state, formAction] = useActionState(handleChangePassword, initialFormState);
  return (
    <form action={formAction} className="mt-4 grid gap-5">
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <TextInput label="Huidig wachtwoord" name="currentPassword" type="password" autoComplete="current-password" error={state.errors?.currentPassword} required />
      <TextInput
        label="Nieuw wachtwoord"
        name="password"
        type="password"
        autoComplete="new-password"
        hint="Minstens 12 tekens."
        error={state.errors?.password}
        required
      />
      <TextInput label="Herhaal het nieuwe wachtwoord" name="passwordRepeat" type="password" autoComplete="new-password" error={state.errors?.passwordRepeat} required />
      <FormMessage state={state} />
      <div>
        <SubmitButton>Wachtwoord wijzigen</SubmitButton>
      </div>
    </form>
  );
}
