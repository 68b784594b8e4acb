'use client';

import { useActionState, useState } from 'react';
import { handleCreateAction, handleUpdateAction } from '@/app/_form-handlers/actions';
import { SubmitButton } from '@/components/forms/buttons';
import { TextArea, TextInput } from '@/components/forms/fields';
import { FormMessage } from '@/components/forms/form-message';
import { initialFormState } from '@/lib/errors';
import { ResponsibleOrganisationsField } from '@/components/admin/responsible-organisations-field';

type Organisation = { id: number; abbreviation: string; name: string };
/** `organisationIds` in stored order: the trekker first. */
type Action = { id: number; title: string; description: string; organisationIds: number[] };

/**
 * A new action in a line, or an existing one (`action`): title, description and the responsible
 * organisations, whose partner editors may then edit its updates, and which of them is the trekker.
 */
export function ActionForm({
  planId,
  lineId,
  action,
  organisations,
}: {
  planId: number;
  lineId?: number;
  action?: Action;
  organisations: Organisation[];
}) {
  const [state, formAction] = useActionState(action ? handleUpdateAction : handleCreateAction, initialFormState);
  const prefix = `actie-${action?.id ?? `nieuw-${lineId}`}`;
  // A new action added: the organisations start empty again for the next (the form's other fields reset by themselves).
  const [added, setAdded] = useState({ state, count: 0 });
  if (!action && state !== added.state) setAdded({ state, count: added.count + (state.status === 'ok' ? 1 : 0) });
  return (
    <form action={formAction} className="grid max-w-3xl gap-4">
      {action ? (
        <input type="hidden" name="actionId" value={action.id} />
      ) : (
        <>
          <input type="hidden" name="planId" value={planId} />
          <input type="hidden" name="lineId" value={lineId} />
        </>
      )}
      <TextInput id={`${prefix}-titel`} label="Titel" name="title" defaultValue={state.values?.title ?? action?.title} error={state.errors?.title} required />
      <TextArea
        id={`${prefix}-omschrijving`}
        label="Omschrijving"
        name="description"
        rows={3}
        defaultValue={state.values?.description ?? action?.description}
        error={state.errors?.description}
      />
      <ResponsibleOrganisationsField
        key={added.count}
        prefix={prefix}
        organisations={organisations}
        initial={action?.organisationIds ?? []}
        errors={state.errors}
      />
      <FormMessage state={state} />
      <div>
        <SubmitButton>{action ? 'Actie opslaan' : 'Actie toevoegen'}</SubmitButton>
      </div>
    </form>
  );
}
