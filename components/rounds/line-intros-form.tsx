'use client';

import { useActionState } from 'react';
import { handleEditLineIntro } from '@/app/_form-handlers/round-intros';
import { SubmitButton } from '@/components/forms/buttons';
import { TextArea } from '@/components/forms/fields';
import { FormMessage } from '@/components/forms/form-message';
import { initialFormState } from '@/lib/errors';
import { LINE_INTRO_MAX } from '@/lib/validation/round-line-intros';

type Line = { id: number; code: string; title: string; text: string; version: string };

/** One actielijn's introduction in a round: its text, saved on its own. */
export function LineIntroForm({ roundId, line }: { roundId: number; line: Line }) {
  const [state, formAction] = useActionState(handleEditLineIntro, initialFormState);
  const id = `inleiding-${line.id}`;
  return (
    <form action={formAction} className="grid gap-2">
      <input type="hidden" name="roundId" value={roundId} />
      <input type="hidden" name="lineId" value={line.id} />
      <input type="hidden" name="baseVersion" value={line.version} />
      <TextArea
        id={id}
        label={`Inleiding bij ${line.code}. ${line.title}`}
        name="text"
        rows={line.text.length > 400 ? 8 : 4}
        maxLength={LINE_INTRO_MAX}
        defaultValue={state.values?.text ?? line.text}
        error={state.errors?.text}
      />
      <FormMessage state={state} />
      <div>
        <SubmitButton variant="secondary" aria-label={`Inleiding bij ${line.code} opslaan`}>
          Opslaan
        </SubmitButton>
      </div>
    </form>
  );
}
