'use client';

import { useActionState } from 'react';
import { handlePublishRound } from '@/app/_form-handlers/rounds';
import { SubmitButton } from '@/components/forms/buttons';
import { FormMessage } from '@/components/forms/form-message';
import { PublishFields } from '@/components/review/publish-fields';
import { initialFormState } from '@/lib/errors';
import type { CategoryCount } from '@/lib/rounds/completeness';

/**
 * The publish step: what follows, what is still missing (each open category to be accepted), and
 * an explicit confirmation that publishing cannot be undone. The server checks all of it again.
 */
export function PublishRoundForm({
  roundId,
  label,
  completeness,
  dashboardHref,
}: {
  roundId: number;
  label: string;
  completeness: CategoryCount[];
  dashboardHref: string;
}) {
  const [state, formAction] = useActionState(handlePublishRound, initialFormState);
  return (
    <form action={formAction} className="grid gap-3">
      <input type="hidden" name="roundId" value={roundId} />
      <input type="hidden" name="transition" value="publish" />
      <PublishFields counts={completeness} dashboardHref={dashboardHref} />
      <label className="flex items-start gap-2">
        <input
          type="checkbox"
          name="confirm"
          required
          aria-describedby={state.errors?.confirm ? 'confirm-fout' : undefined}
          className="mt-1 size-5 shrink-0"
        />
        <span>Ik heb de rapportage gecontroleerd. Publiceren kan niet ongedaan worden gemaakt.</span>
      </label>
      {state.errors?.confirm && (
        <p id="confirm-fout" className="text-red-800">
          {state.errors.confirm[0]}
        </p>
      )}
      <div>
        <SubmitButton>{label}</SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
