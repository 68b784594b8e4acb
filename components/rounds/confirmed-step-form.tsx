'use client';

import { useActionState } from 'react';
import { handleConfirmedRoundStep } from '@/app/_form-handlers/rounds';
import { SubmitButton } from '@/components/forms/buttons';
import { FormMessage } from '@/components/forms/form-message';
import { initialFormState } from '@/lib/errors';
import type { ConfirmedStep } from '@/lib/validation/round-life-cycle';

const STEPS: Record<ConfirmedStep, { explanation: string; confirmation: string; button: string; variant: 'primary' | 'secondary' | 'quiet' }> = {
  close: {
    explanation: 'Na sluiten kunnen partners niet meer bewerken; u kunt nog goedkeuren en zelf bewerken, en daarna de ronde heropenen of publiceren.',
    confirmation: 'Ik sluit de ronde: partners kunnen daarna niet meer bewerken.',
    button: 'Sluiten voor invoer',
    variant: 'primary',
  },
  reopen: {
    explanation: 'Na heropenen kunnen partners hun acties weer bewerken tot u de ronde opnieuw sluit; goedgekeurde acties blijven goedgekeurd.',
    confirmation: 'Ik heropen de ronde: partners kunnen daarna weer bewerken.',
    button: 'Heropenen voor invoer',
    variant: 'secondary',
  },
  delete: {
    explanation: 'De conceptronde verdwijnt met haar titel, datum en inleidingen; daarna kunt u een nieuwe ronde aanmaken. Het auditlog bewaart dat zij bestond.',
    confirmation: 'Ik verwijder deze conceptronde. Dit kan niet ongedaan worden gemaakt.',
    button: 'Conceptronde verwijderen',
    variant: 'quiet',
  },
};

/** Closing, reopening or deleting a round: says what follows and asks for a confirmation the server checks too. */
export function ConfirmedStepForm({ roundId, step }: { roundId: number; step: ConfirmedStep }) {
  const [state, formAction] = useActionState(handleConfirmedRoundStep, initialFormState);
  const { explanation, confirmation, button, variant } = STEPS[step];
  const errorId = `bevestig-${step}-fout`;
  return (
    <form action={formAction} className="grid gap-3" aria-label={button}>
      <input type="hidden" name="roundId" value={roundId} />
      <input type="hidden" name="step" value={step} />
      <p>{explanation}</p>
      <label className="flex items-start gap-2">
        <input
          type="checkbox"
          name="confirm"
          required
          aria-invalid={state.errors?.confirm ? true : undefined}
          aria-describedby={state.errors?.confirm ? errorId : undefined}
          className="mt-1 size-5 shrink-0"
        />
        <span>{confirmation}</span>
      </label>
      {state.errors?.confirm && (
        <p id={errorId} className="font-semibold text-red-700">
          <span aria-hidden>⚠ </span>
          {state.errors.confirm[0]}
        </p>
      )}
      <div>
        <SubmitButton variant={variant}>{button}</SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
