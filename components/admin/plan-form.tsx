'use client';

import { useActionState } from 'react';
import { handleCreatePlan, handleUpdatePlan } from '@/app/_form-handlers/plans';
import { SubmitButton } from '@/components/forms/buttons';
import { TextArea, TextInput } from '@/components/forms/fields';
import { FormMessage } from '@/components/forms/form-message';
import { initialFormState } from '@/lib/errors';

/** A plan's title and summary: a new plan, or an existing one (`plan`). */
export function PlanForm({ plan }: { plan?: { id: number; title: string; summary: string } }) {
  const [state, formAction] = useActionState(plan ? handleUpdatePlan : handleCreatePlan, initialFormState);
  return (
    <form action={formAction} className="grid max-w-3xl gap-4">
      {plan && <input type="hidden" name="planId" value={plan.id} />}
      <TextInput label="Titel" name="title" defaultValue={state.values?.title ?? plan?.title} error={state.errors?.title} required />
      <TextArea
        label="Samenvatting"
        name="summary"
        rows={3}
        defaultValue={state.values?.summary ?? plan?.summary}
        error={state.errors?.summary}
        hint="Eén of twee zinnen boven aan de openbare pagina van het plan."
      />
      <FormMessage state={state} />
      <div>
        <SubmitButton>{plan ? 'Plan opslaan' : 'Plan aanmaken'}</SubmitButton>
      </div>
    </form>
  );
}
