'use client';

import { useActionState } from 'react';
import { handleCreateOrganisation, handleUpdateOrganisation } from '@/app/_form-handlers/organisations';
import { SubmitButton } from '@/components/forms/buttons';
import { TextInput } from '@/components/forms/fields';
import { FormMessage } from '@/components/forms/form-message';
import { initialFormState } from '@/lib/errors';

type Organisation = { id: number; abbreviation: string; name: string; aliases: string[] };

export function OrganisationForm({ organisation }: { organisation?: Organisation }) {
  const [state, formAction] = useActionState(organisation ? handleUpdateOrganisation : handleCreateOrganisation, initialFormState);
  const id = (name: string) => `organisatie-${organisation?.id ?? 'nieuw'}-${name}`;
  return (
    <form action={formAction} className="grid max-w-3xl gap-4">
      {organisation && <input type="hidden" name="organisationId" value={organisation.id} />}
      <div className="grid gap-4 sm:grid-cols-[10rem_1fr]">
        <TextInput
          id={id('afkorting')}
          label="Afkorting"
          name="abbreviation"
          defaultValue={state.values?.abbreviation ?? organisation?.abbreviation}
          error={state.errors?.abbreviation}
          required
        />
        <TextInput id={id('naam')} label="Naam" name="name" defaultValue={state.values?.name ?? organisation?.name} error={state.errors?.name} required />
      </div>
      <TextInput
        id={id('andere')}
        label="Andere schrijfwijzen"
        name="aliases"
        defaultValue={state.values?.aliases ?? organisation?.aliases.join(', ')}
        error={state.errors?.aliases}
        hint="Gescheiden door komma’s, bijv. VenJ voor JenV."
      />
      <FormMessage state={state} />
      <div>
        <SubmitButton variant={organisation ? 'secondary' : 'primary'}>{organisation ? 'Opslaan' : 'Organisatie toevoegen'}</SubmitButton>
      </div>
    </form>
  );
}
