'use client';

import { useActionState } from 'react';
import { handleEditRound } from '@/app/_form-handlers/rounds';
import { SubmitButton } from '@/components/forms/buttons';
import { TextInput } from '@/components/forms/fields';
import { FormMessage } from '@/components/forms/form-message';
import { DeadlineFields, type DeadlineDefaults } from '@/components/rounds/deadline-fields';
import { initialFormState } from '@/lib/errors';

type Props = { roundId: number; title: string; date: string; deadline: DeadlineDefaults; deadlineRequired: boolean; minDate: string };

/** A round's title, date and input deadline, editable until publication. */
export function EditRoundForm({ roundId, title, date, deadline, deadlineRequired, minDate }: Props) {
  const [state, formAction] = useActionState(handleEditRound, initialFormState);
  return (
    <form action={formAction} className="mt-3 grid gap-4" aria-label="Ronde wijzigen">
      <input type="hidden" name="roundId" value={roundId} />
      <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
        <TextInput
          id="ronde-titel"
          label="Titel"
          name="title"
          defaultValue={state.values?.title ?? title}
          error={state.errors?.title}
          required
        />
        <TextInput
          id="ronde-datum"
          label="Datum van de rapportage"
          name="date"
          type="date"
          defaultValue={state.values?.date ?? date}
          error={state.errors?.date}
          required
        />
      </div>
      <DeadlineFields idPrefix="wijzigen" state={state} defaults={deadline} minDate={minDate} required={deadlineRequired} />
      <div>
        <SubmitButton variant="secondary">Ronde opslaan</SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
