'use client';

import { useActionState } from 'react';
import { handleCreateAction, handleUpdateAction } from '@/app/_form-handlers/actions';
import { SubmitButton } from '@/components/forms/buttons';
import { TextArea, TextInput } from '@/components/forms/fields';
import { FormMessage } from '@/components/forms/form-message';
import { initialFormState } from '@/lib/errors';

type Organisation = { id: number; abbreviation: string; name: string };
type Action = { id: number; title: string; description: string; organisationIds: number[] };

/**
 * A new action in a line, or an existing one (`action`): title, description and the responsible
 * organisations, whose partner editors may then edit its updates.
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
      <fieldset aria-describedby={state.errors?.organisationIds ? `${prefix}-org-fout` : undefined}>
        <legend className="font-semibold">Verantwoordelijke organisaties</legend>
        <p className="text-sm text-muted">Hun partnerredacteuren mogen de stand van zaken van deze actie bijwerken.</p>
        {state.errors?.organisationIds && (
          <p id={`${prefix}-org-fout`} className="text-sm font-semibold text-red-700">
            {state.errors.organisationIds[0]}
          </p>
        )}
        <ul className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-3">
          {organisations.map((org) => (
            <li key={org.id}>
              <label className="flex items-center gap-2">
                <input
                  type="checkbox"
                  name="organisationIds"
                  value={org.id}
                  defaultChecked={action?.organisationIds.includes(org.id)}
                  className="size-5"
                />
                <abbr title={org.name}>{org.abbreviation}</abbr>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <FormMessage state={state} />
      <div>
        <SubmitButton>{action ? 'Actie opslaan' : 'Actie toevoegen'}</SubmitButton>
      </div>
    </form>
  );
}
