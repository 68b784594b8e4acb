'use client';

import { useActionState } from 'react';
import { handleSetReminders } from '@/app/_form-handlers/accounts';
import { SubmitButton } from '@/components/forms/buttons';
import { FormMessage } from '@/components/forms/form-message';
import { initialFormState } from '@/lib/errors';

/** The person's own switch for the reminders before a round's input deadline. */
export function RemindersForm({ remindersEnabled }: { remindersEnabled: boolean }) {
  const [state, formAction] = useActionState(handleSetReminders, initialFormState);
  return (
    <form action={formAction} className="mt-4 grid gap-4">
      <div>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="remindersEnabled" defaultChecked={remindersEnabled} className="size-5" aria-describedby="herinneringen-uitleg" />
          <span className="font-semibold">Herinneringen voor de inlevertermijn ontvangen</span>
        </label>
        <p id="herinneringen-uitleg" className="mt-1 text-sm text-muted">
          Een e-mail enkele dagen voor de inlevertermijn van een rapportageronde en op de dag zelf. Andere berichten, zoals
          een teruggestuurde actie, krijgt u altijd.
        </p>
      </div>
      <FormMessage state={state} />
      <div>
        <SubmitButton variant="secondary">Opslaan</SubmitButton>
      </div>
    </form>
  );
}
