'use client';

import { useActionState } from 'react';
import { handleRemindRound } from '@/app/_form-handlers/mail';
import { SubmitButton } from '@/components/forms/buttons';
import { FormMessage } from '@/components/forms/form-message';
import { initialFormState } from '@/lib/errors';

/** The ministry's "Herinnering nu versturen" for an open round. */
export function RemindRoundForm({ roundId }: { roundId: number }) {
  const [state, formAction] = useActionState(handleRemindRound, initialFormState);
  return (
    <form action={formAction} className="grid gap-3">
      <input type="hidden" name="roundId" value={roundId} />
      <p>
        Partners met acties die nog niet klaar staan voor controle krijgen een e-mail met die acties. Wie herinneringen heeft
        uitgezet, krijgt niets.
      </p>
      <div>
        <SubmitButton variant="secondary">Herinnering nu versturen</SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
