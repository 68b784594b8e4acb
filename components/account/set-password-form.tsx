'use client';

import { useActionState } from 'react';
import { handleActivateAccount, handleResetPassword } from '@/app/_form-handlers/accounts';
import { SubmitButton } from '@/components/forms/buttons';
import { TextInput } from '@/components/forms/fields';
import { FormMessage } from '@/components/forms/form-message';
import { initialFormState } from '@/lib/errors';

/** A new password, twice, with the one-time link's token: an invitation's first password or a reset. */
export function SetPasswordForm({ purpose, token, email }: { purpose: 'INVITATION' | 'PASSWORD_RESET'; token: string; email: string }) {
  const [state, formAction] = useActionState(purpose === 'INVITATION' ? handleActivateAccount : handleResetPassword, initialFormState);
  return (
    <form action={formAction} className="mt-6 grid gap-5">
      <input type="hidden" name="token" value={token} />
      {/* For password managers: which account the new password belongs to. */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <TextInput
        label={purpose === 'INVITATION' ? 'Kies een wachtwoord' : 'Nieuw wachtwoord'}
        name="password"
        type="password"
        autoComplete="new-password"
        hint="Minstens 12 tekens. Een zin van een paar woorden is sterk en goed te onthouden."
        error={state.errors?.password}
        required
      />
      <TextInput label="Herhaal het wachtwoord" name="passwordRepeat" type="password" autoComplete="new-password" error={state.errors?.passwordRepeat} required />
      <FormMessage state={state} />
      <div>
        <SubmitButton>{purpose === 'INVITATION' ? 'Wachtwoord instellen' : 'Nieuw wachtwoord instellen'}</SubmitButton>
      </div>
    </form>
  );
}
