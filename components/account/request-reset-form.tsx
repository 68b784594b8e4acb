'use client';

import { useActionState } from 'react';
import { handleRequestPasswordReset } from '@/app/_form-handlers/accounts';
import { SubmitButton } from '@/components/forms/buttons';
import { TextInput } from '@/components/forms/fields';
import { FormMessage } from '@/components/forms/form-message';
import { initialFormState } from '@/lib/errors';

/** "Wachtwoord vergeten?": the e-mail address to send a reset link to. */
export function RequestResetForm() {
  const [state, formAction] = useActionState(handleRequestPasswordReset, initialFormState);
  return (
    <form action={formAction} className="mt-6 grid gap-5">
      <TextInput label="E-mailadres" name="email" type="email" autoComplete="username" defaultValue={state.values?.email} error={state.errors?.email} required />
      <FormMessage state={state} />
      <div>
        <SubmitButton>Stuur mij een link</SubmitButton>
      </div>
    </form>
  );
}
