'use client';

import { useActionState } from 'react';
import { handleChangeRoundState } from '@/app/_form-handlers/rounds';
import { SubmitButton } from '@/components/forms/buttons';
import { FormMessage } from '@/components/forms/form-message';
import { initialFormState } from '@/lib/errors';

const EXPLANATION = {
  open: 'Alle acties krijgen de tekst van de vorige rapportage; partners kunnen ze daarna bijwerken.',
  close: 'Partners kunnen daarna niets meer wijzigen; u kunt nog goedkeuren en zelf bewerken.',
} as const;

/** Opening or closing a round (publishing has its own form: components/review/publish-form.tsx). */
export function RoundStepForm({ roundId, transition, label }: { roundId: number; transition: 'open' | 'close'; label: string }) {
  const [state, formAction] = useActionState(handleChangeRoundState, initialFormState);
  return (
    <form action={formAction} className="grid gap-3">
      <input type="hidden" name="roundId" value={roundId} />
      <input type="hidden" name="transition" value={transition} />
      <p>{EXPLANATION[transition]}</p>
      <div>
        <SubmitButton>{label}</SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
