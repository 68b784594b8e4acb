'use client';

import { useActionState } from 'react';
import { handleChangeRoundState } from '@/app/_form-handlers/rounds';
import { SubmitButton } from '@/components/forms/buttons';
import { FormMessage } from '@/components/forms/form-message';
import { initialFormState } from '@/lib/errors';
import type { RoundTransition } from '@/lib/rounds/round-states';

const EXPLANATION: Record<RoundTransition, string> = {
  open: 'Alle acties krijgen de tekst van de vorige rapportage; partners kunnen ze daarna bijwerken.',
  close: 'Partners kunnen daarna niets meer wijzigen; u kunt nog goedkeuren en zelf bewerken.',
  publish: 'De rapportage wordt openbaar en verandert daarna nooit meer.',
};

/** The round's next step; publishing asks for an explicit confirmation first. */
export function RoundStepForm({
  roundId,
  transition,
  label,
  notApproved,
}: {
  roundId: number;
  transition: RoundTransition;
  label: string;
  notApproved: number;
}) {
  const [state, formAction] = useActionState(handleChangeRoundState, initialFormState);
  return (
    <form action={formAction} className="grid gap-3">
      <input type="hidden" name="roundId" value={roundId} />
      <input type="hidden" name="transition" value={transition} />
      <p>{EXPLANATION[transition]}</p>
      {transition === 'publish' && (
        <>
          {notApproved > 0 && (
            <p className="border-l-4 border-amber-700 bg-amber-50 px-3 py-2">
              Let op: {notApproved} {notApproved === 1 ? 'actie is' : 'acties zijn'} nog niet goedgekeurd en{' '}
              {notApproved === 1 ? 'wordt' : 'worden'} gepubliceerd zoals ze nu zijn.
            </p>
          )}
          <label className="flex items-start gap-2">
            <input
              type="checkbox"
              name="confirm"
              required
              aria-describedby={state.errors?.confirm ? 'confirm-fout' : undefined}
              className="mt-1 size-5"
            />
            <span>Ik heb de rapportage gecontroleerd. Publiceren kan niet ongedaan worden gemaakt.</span>
          </label>
          {state.errors?.confirm && (
            <p id="confirm-fout" className="text-red-800">
              {state.errors.confirm[0]}
            </p>
          )}
        </>
      )}
      <div>
        <SubmitButton>{label}</SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
