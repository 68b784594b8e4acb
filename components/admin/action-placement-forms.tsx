'use client';

import { useActionState } from 'react';
import { handleDiscontinueAction, handleMoveAction } from '@/app/_form-handlers/actions';
import { SubmitButton } from '@/components/forms/buttons';
import { Select, TextArea } from '@/components/forms/fields';
import { FormMessage } from '@/components/forms/form-message';
import { initialFormState } from '@/lib/errors';

/** Moves an action to another line; published rounds keep where they reported it. */
export function MoveActionForm({ actionId, lineId, lines }: { actionId: number; lineId: number; lines: { id: number; label: string }[] }) {
  const [state, formAction] = useActionState(handleMoveAction, initialFormState);
  return (
    <form action={formAction} className="grid max-w-xl gap-3">
      <input type="hidden" name="actionId" value={actionId} />
      <Select
        label="Actielijn"
        name="lineId"
        defaultValue={String(lineId)}
        error={state.errors?.lineId}
        options={lines.map((line) => ({ value: String(line.id), label: line.label }))}
        hint="Eerdere rapportages houden de actielijn waaronder zij de actie noemden."
      />
      <FormMessage state={state} />
      <div>
        <SubmitButton variant="secondary">Verplaatsen</SubmitButton>
      </div>
    </form>
  );
}

/**
 * Marks an action as no longer reported, with the reason (shown on its public page), or reported
 * again (the reason then goes; the audit log keeps it).
 */
export function DiscontinueActionForm({ actionId, discontinued }: { actionId: number; discontinued: boolean }) {
  const [state, formAction] = useActionState(handleDiscontinueAction, initialFormState);
  return (
    <form action={formAction} className="grid max-w-xl gap-3">
      <input type="hidden" name="actionId" value={actionId} />
      <input type="hidden" name="discontinued" value={discontinued ? 'false' : 'true'} />
      {!discontinued && (
        <TextArea
          label="Reden"
          name="reason"
          rows={3}
          maxLength={500}
          required
          defaultValue={state.values?.reason}
          error={state.errors?.reason}
          hint="Staat op de openbare pagina van de actie, als laatste regel van haar verloop. Hoogstens 500 tekens."
        />
      )}
      <FormMessage state={state} />
      <div>
        <SubmitButton variant="quiet">{discontinued ? 'Weer rapporteren' : 'Niet meer rapporteren'}</SubmitButton>
      </div>
    </form>
  );
}
