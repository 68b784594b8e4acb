'use client';

import { useActionState } from 'react';
import { handleCreateRound } from '@/app/_form-handlers/rounds';
import { SubmitButton } from '@/components/forms/buttons';
import { TextInput } from '@/components/forms/fields';
import { FormMessage } from '@/components/forms/form-message';
import { initialFormState } from '@/lib/errors';

/** A new reporting round of a plan, in concept. */
export function CreateRoundForm({ planId, planTitle, defaultDate }: { planId: number; planTitle: string; defaultDate: string }) {
  const [state, formAction] = useActionState(handleCreateRound, initialFormState);
  return (
    <form action={formAction} className="grid gap-4 sm:grid-cols-[2fr_1fr_auto] sm:items-end" aria-label={`Nieuwe ronde voor ${planTitle}`}>
      <input type="hidden" name="planId" value={planId} />
      <TextInput
        id={`ronde-titel-${planId}`}
        label="Titel van de nieuwe ronde"
        name="title"
        placeholder="Bijv. Voortgang voorjaar 2027"
        defaultValue={state.values?.title}
        error={state.errors?.title}
        required
      />
      <TextInput
        id={`ronde-datum-${planId}`}
        label="Datum van de rapportage"
        name="date"
        type="date"
        defaultValue={state.values?.date ?? defaultDate}
        error={state.errors?.date}
        required
      />
      <div>
        <SubmitButton>Ronde aanmaken</SubmitButton>
      </div>
      <div className="sm:col-span-3">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
