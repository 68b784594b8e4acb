'use client';

import { useActionState, useId } from 'react';
import { handleAnswerEntry } from '@/app/_form-handlers/answer-entry';
import { SubmitButton } from '@/components/forms/buttons';
import { TextArea } from '@/components/forms/fields';
import { FormMessage } from '@/components/forms/form-message';
import { initialFormState } from '@/lib/errors';

/** The partner's answer to the ministry's return comment; it joins the thread above it. */
export function AnswerForm({ entryId, title }: { entryId: number; title: string }) {
  const [state, send] = useActionState(handleAnswerEntry, initialFormState);
  const fieldId = useId();
  return (
    <form action={send} className="grid gap-3" aria-label={`Antwoord aan het ministerie: ${title}`}>
      <input type="hidden" name="entryId" value={entryId} />
      <TextArea
        id={fieldId}
        label="Uw antwoord aan het ministerie"
        name="body"
        rows={3}
        maxLength={2000}
        // The form empties after an answer is sent; a refused one keeps what was typed.
        defaultValue={state.status === 'error' ? state.values?.body : undefined}
        error={state.errors?.body}
        hint="Bijvoorbeeld wat u heeft aangepast, of waarom de tekst zo blijft."
      />
      <div>
        <SubmitButton variant="secondary">Antwoord versturen</SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
