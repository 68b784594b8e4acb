'use client';

import { useActionState } from 'react';
import { handleCreateUser, handleUpdateUser } from '@/app/_form-handlers/users';
import { SubmitButton } from '@/components/forms/buttons';
import { Select, TextInput } from '@/components/forms/fields';
import { FormMessage } from '@/components/forms/form-message';
import { initialFormState } from '@/lib/errors';

type Account = { id: number; email: string; name: string; role: string; organisationId: number | null; active: boolean };

const ROLE_OPTIONS = [
  { value: 'PARTNER_EDITOR', label: 'Redacteur partnerorganisatie' },
  { value: 'MINISTRY_EDITOR', label: 'Redacteur ministerie' },
];

/** A new account, which gets an invitation to choose its password, or an existing one (`account`). */
export function UserForm({ account, organisations }: { account?: Account; organisations: { id: number; abbreviation: string; name: string }[] }) {
  const [state, formAction] = useActionState(account ? handleUpdateUser : handleCreateUser, initialFormState);
  const values = state.values;
  return (
    <form action={formAction} className="grid max-w-3xl gap-4">
      {account && <input type="hidden" name="userId" value={account.id} />}
      {account ? (
        <p>
          E-mailadres: <strong>{account.email}</strong>
        </p>
      ) : (
        <TextInput label="E-mailadres" name="email" type="email" autoComplete="off" defaultValue={values?.email} error={state.errors?.email} required />
      )}
      <TextInput label="Naam" name="name" defaultValue={values?.name ?? account?.name} error={state.errors?.name} required />
      <div className="grid gap-4 sm:grid-cols-2 sm:items-end">
        <Select label="Rol" name="role" defaultValue={values?.role ?? account?.role ?? 'PARTNER_EDITOR'} options={ROLE_OPTIONS} error={state.errors?.role} />
        <Select
          label="Organisatie"
          name="organisationId"
          defaultValue={values?.organisationId ?? (account?.organisationId ? String(account.organisationId) : '')}
          error={state.errors?.organisationId}
          hint="Alleen voor partnerredacteuren."
          options={[{ value: '', label: '— geen (ministerie) —' }, ...organisations.map((o) => ({ value: String(o.id), label: `${o.abbreviation} — ${o.name}` }))]}
        />
      </div>
      {account && (
        <div>
          <label className="flex items-center gap-2">
            <input type="checkbox" name="active" defaultChecked={account.active} className="size-5" />
            <span className="font-semibold">Account actief</span>
          </label>
          {state.errors?.active && <p className="text-sm font-semibold text-red-700">{state.errors.active[0]}</p>}
          <p className="text-sm text-muted">Een uitgeschakeld account is meteen uitgelogd en kan niet meer inloggen.</p>
        </div>
      )}
      {!account && (
        <p className="text-sm text-muted">
          De gebruiker krijgt een e-mail met een link (7 dagen geldig, één keer te gebruiken) om zelf een wachtwoord te kiezen.
        </p>
      )}
      <FormMessage state={state} />
      <div>
        <SubmitButton>{account ? 'Account opslaan' : 'Account maken en uitnodiging sturen'}</SubmitButton>
      </div>
    </form>
  );
}
