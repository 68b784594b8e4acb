'use client';

import { useActionState, useId, useState } from 'react';
import { handleAnswerEntry } from '@/app/_form-handlers/answer-entry';
import { SubmitButton } from '@/components/forms/buttons';
import { TextArea } from '@/components/forms/fields';
import { FormMessage } from '@/components/forms/form-message';
import { useUnsavedChanges } from '@/components/forms/unsaved-changes';
import { initialFormState, type FormState } from '@/lib/errors';

/** The partner's answer to the ministry's return comment; it joins the thread above it. */
export function AnswerForm({ entryId, title }: { entryId: number; title: string }) {
  // What is typed and not yet sent: leaving the page asks first.
  const [draft, setDraft] = useState('');
  const [state, send] = useActionState(handleAnswerEntry, initialFormState);
  // Sent: the form empties, and there is nothing left to lose. (Derived while rendering, so the
  // form handler stays the server's own and the form works before the page's script has loaded.)
  const [answered, setAnswered] = useState<FormState>(state);
  if (state !== answered) {
    setAnswered(state);
    if (state.status === 'ok') setDraft('');
  }
  const fieldId = useId();
  useUnsavedChanges(draft.trim() !== '');
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
        onChange={(event) => setDraft(event.target.value)}
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
