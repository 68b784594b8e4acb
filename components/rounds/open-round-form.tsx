'use client';

import { useActionState } from 'react';
import { handleOpenRound } from '@/app/_form-handlers/rounds';
import { SubmitButton } from '@/components/forms/buttons';
import { FormMessage } from '@/components/forms/form-message';
import { DeadlineFields, type DeadlineDefaults } from '@/components/rounds/deadline-fields';
import { initialFormState } from '@/lib/errors';

/** Opening a round for input, with the partners' input deadline. */
export function OpenRoundForm({ roundId, defaults, minDate }: { roundId: number; defaults: DeadlineDefaults; minDate: string }) {
  const [state, formAction] = useActionState(handleOpenRound, initialFormState);
  return (
    <form action={formAction} className="grid gap-4" aria-label="Openen voor invoer">
      <input type="hidden" name="roundId" value={roundId} />
      <p>
        Alle acties krijgen de tekst van de vorige rapportage; partners kunnen ze daarna bijwerken tot de inlevertermijn. Na die
        termijn blijft de ronde open tot u haar sluit.
      </p>
      <DeadlineFields idPrefix="openen" state={state} defaults={defaults} minDate={minDate} required />
      <div>
        <SubmitButton>Openen voor invoer</SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
