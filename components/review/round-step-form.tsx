'use client';

import { useActionState } from 'react';
import { handleChangeRoundState } from '@/app/_form-handlers/rounds';
import { SubmitButton } from '@/components/forms/buttons';
import { FormMessage } from '@/components/forms/form-message';
import { PublishFields } from '@/components/review/publish-fields';
import { initialFormState } from '@/lib/errors';
import type { CategoryCount } from '@/lib/rounds/completeness';
import type { RoundTransition } from '@/lib/rounds/round-states';

const EXPLANATION = {
  open: 'Alle acties krijgen de tekst van de vorige rapportage; partners kunnen ze daarna bijwerken.',
  close: 'Partners kunnen daarna niets meer wijzigen; u kunt nog goedkeuren en zelf bewerken.',
} as const;

/**
 * The round's next step. One form for every step, so the outcome of one (closing) stays in view
 * while the next (publishing, with what is still missing) takes its place.
 */
export function RoundStepForm({
  roundId,
  transition,
  label,
  completeness,
  dashboardHref,
}: {
  roundId: number;
  transition: RoundTransition;
  label: string;
  completeness: CategoryCount[];
  dashboardHref: string;
}) {
  const [state, formAction] = useActionState(handleChangeRoundState, initialFormState);
  return (
    <form action={formAction} className="grid gap-3">
      <input type="hidden" name="roundId" value={roundId} />
      <input type="hidden" name="transition" value={transition} />
      {transition === 'publish' ? (
        <PublishFields counts={completeness} dashboardHref={dashboardHref} />
      ) : (
        <p>{EXPLANATION[transition]}</p>
      )}
      <div>
        <SubmitButton>{label}</SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
