'use client';

import { useActionState } from 'react';
import { handleCreateLine, handleUpdateLine } from '@/app/_form-handlers/plans';
import { SubmitButton } from '@/components/forms/buttons';
import { Select, TextArea, TextInput } from '@/components/forms/fields';
import { FormMessage } from '@/components/forms/form-message';
import { initialFormState } from '@/lib/errors';

type Line = { id: number; code: string; title: string; opgave: string };

/** A new actielijn (optionally a sub-line of `parents`), or an existing one (`line`). */
export function LineForm({ planId, line, parents = [] }: { planId: number; line?: Line; parents?: { id: number; label: string }[] }) {
  const [state, formAction] = useActionState(line ? handleUpdateLine : handleCreateLine, initialFormState);
  const id = (name: string) => `lijn-${line?.id ?? 'nieuw'}-${name}`;
  return (
    <form action={formAction} className="grid max-w-3xl gap-4">
      {line ? <input type="hidden" name="lineId" value={line.id} /> : <input type="hidden" name="planId" value={planId} />}
      <div className="grid gap-4 sm:grid-cols-[8rem_1fr]">
        <TextInput id={id('code')} label="Nummer" name="code" defaultValue={state.values?.code ?? line?.code} error={state.errors?.code} required />
        <TextInput id={id('titel')} label="Titel" name="title" defaultValue={state.values?.title ?? line?.title} error={state.errors?.title} required />
      </div>
      {!line && parents.length > 0 && (
        <Select
          id={id('onder')}
          label="Onderdeel van"
          name="parentId"
          defaultValue={state.values?.parentId ?? ''}
          error={state.errors?.parentId}
          options={[{ value: '', label: '— een eigen actielijn —' }, ...parents.map((p) => ({ value: String(p.id), label: p.label }))]}
        />
      )}
      <TextArea id={id('opgave')} label="Opgave" name="opgave" rows={3} defaultValue={state.values?.opgave ?? line?.opgave} error={state.errors?.opgave} />
      <FormMessage state={state} />
      <div>
        <SubmitButton variant={line ? 'secondary' : 'primary'}>{line ? 'Actielijn opslaan' : 'Actielijn toevoegen'}</SubmitButton>
      </div>
    </form>
  );
}
