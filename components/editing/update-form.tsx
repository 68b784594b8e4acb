'use client';

import { startTransition, useActionState, useState, type FormEvent } from 'react';
import { z } from '@/lib/validation/dutch-zod';
import { handleSaveActionUpdate } from '@/app/_form-handlers/save-action-update';
import { SubmitButton } from '@/components/forms/buttons';
import { Select, TextArea, TextInput } from '@/components/forms/fields';
import { FormMessage } from '@/components/forms/form-message';
import { DeadlineShiftBadge } from '@/components/deadline-shift-badge';
import { ACTION_STATUSES, STATUS_LABELS, type ActionStatus } from '@/lib/actions/status';
import { formatDeadline } from '@/lib/deadlines/format-deadline';
import { findDeadlineShift } from '@/lib/deadlines/deadline-shift';
import { parsePlanning, type DeadlineRange } from '@/lib/deadlines/parse-planning';
import { initialFormState, type FieldErrors, type FormState } from '@/lib/errors';
import { actionUpdateSchema, UPDATE_LIMITS } from '@/lib/validation/updates';

type Props = {
  entryId: number;
  version: number;
  initial: { status: ActionStatus; result: string; planning: string };
  /** The round's date (ISO): the year of periods named without one ("eind december"). */
  roundDate: string;
  /** Show "klaar voor controle" (partners). */
  canMarkReady: boolean;
  /** What the latest published round before this one planned: the termijn a shift is measured against. */
  previous: { planning: string; deadline: DeadlineRange } | null;
};

const STATUS_OPTIONS = ACTION_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] }));

/** The last save's result and the version the next save starts from. */
type SaveState = { result: FormState; baseVersion: number };

/** The version just saved; or, refused for an older version, the newer one: the next save knowingly replaces it. */
function nextBaseVersion(result: FormState, previous: number): number {
  if (result.conflict) return result.conflict.version;
  if (result.status === 'ok' && result.values?.baseVersion) return Number(result.values.baseVersion);
  return previous;
}

async function save(previous: SaveState, formData: FormData): Promise<SaveState> {
  const result = await handleSaveActionUpdate(previous.result, formData);
  return { result, baseVersion: nextBaseVersion(result, previous.baseVersion) };
}

/**
 * Status, result and planning of one action in a round, with the deadline the planning text names
 * shown while typing. The schema is the server's; the version the editor started from goes along,
 * and a save refused because someone else saved first shows the other text beside this one.
 */
export function UpdateForm({ entryId, version, initial, roundDate, canMarkReady, previous }: Props) {
  const [{ result: state, baseVersion }, dispatch, pending] = useActionState(save, { result: initialFormState, baseVersion: version });
  const [fields, setFields] = useState(initial);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const id = (name: string) => `actie-${entryId}-${name}`;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = actionUpdateSchema.safeParse(fields);
    if (!parsed.success) {
      setClientErrors(z.flattenError(parsed.error).fieldErrors);
      return;
    }
    setClientErrors({});
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    startTransition(() => dispatch(data));
  }

  const errors = { ...state.errors, ...clientErrors };
  const range = parsePlanning(fields.planning, { referenceDate: roundDate });
  const deadline = formatDeadline(range);
  // Measured as the public side will: against the previous round's stored range, in the browser.
  const shift = previous ? findDeadlineShift(previous.deadline, range) : null;
  const set = (name: keyof typeof fields) => (event: { target: { value: string } }) =>
    setFields((current) => ({ ...current, [name]: event.target.value }));

  return (
    <form onSubmit={submit} noValidate className="grid gap-4" aria-label="Stand van zaken bijwerken">
      <input type="hidden" name="entryId" value={entryId} />
      <input type="hidden" name="baseVersion" value={baseVersion} />
      <Select
        id={id('status')}
        label="Status"
        name="status"
        options={STATUS_OPTIONS}
        value={fields.status}
        onChange={set('status')}
        error={errors.status}
      />
      <TextArea
        id={id('resultaat')}
        label="Resultaat / stand van zaken"
        name="result"
        rows={5}
        maxLength={UPDATE_LIMITS.result}
        value={fields.result}
        onChange={set('result')}
        error={errors.result}
        hint={`${fields.result.length} van ${UPDATE_LIMITS.result} tekens`}
      />
      <div>
        <TextInput
          id={id('planning')}
          label="Wanneer (planning)"
          name="planning"
          maxLength={UPDATE_LIMITS.planning}
          value={fields.planning}
          onChange={set('planning')}
          error={errors.planning}
          hint="Bijvoorbeeld ‘eind 2026’, ‘Q2 2027’, ‘t/m september 2027’ of ‘Doorlopend’."
        />
        <p className="mt-1 text-sm" aria-live="polite" id={id('termijn')}>
          {deadline ? (
            <>
              Herkende termijn: <strong>{deadline}</strong>
            </>
          ) : (
            <span className="text-muted">Geen termijn herkend (dat kan kloppen, bijv. bij ‘Doorlopend’).</span>
          )}
          {shift && previous && (
            <span className="mt-1 block">
              <DeadlineShiftBadge shift={shift} texts={{ previous: previous.planning, current: fields.planning }} />
              <span className="mt-1 block text-muted">Dit is later dan in de vorige rapportage; lezers zien de verschuiving.</span>
            </span>
          )}
        </p>
      </div>

      {state.conflict && (
        <div role="alert" className="rounded-sm border-2 border-amber-700 bg-amber-50 p-4">
          <p className="font-semibold">{state.message}</p>
          <p className="mt-2 text-sm">
            Versie {state.conflict.version}
            {state.conflict.savedBy && <>, opgeslagen door {state.conflict.savedBy}</>}:
          </p>
          <dl className="mt-2 grid gap-1 text-sm">
            <dt className="font-semibold">Status</dt>
            <dd>{state.conflict.status}</dd>
            <dt className="font-semibold">Resultaat / stand van zaken</dt>
            <dd className="whitespace-pre-line">{state.conflict.result}</dd>
            <dt className="font-semibold">Wanneer</dt>
            <dd>{state.conflict.planning}</dd>
          </dl>
          <button
            type="button"
            className="mt-3 font-semibold text-rijks-blue underline"
            onClick={() => {
              const status = ACTION_STATUSES.find((s) => STATUS_LABELS[s] === state.conflict!.status) ?? fields.status;
              setFields({ status, result: state.conflict!.result, planning: state.conflict!.planning });
            }}
          >
            Deze tekst overnemen in het formulier
          </button>
        </div>
      )}
      {!state.conflict && <FormMessage state={state} />}

      <div className="flex flex-wrap gap-3">
        <SubmitButton name="intent" value="save" variant={canMarkReady ? 'secondary' : 'primary'} pending={pending}>
          Opslaan
        </SubmitButton>
        {canMarkReady && (
          <SubmitButton name="intent" value="ready" pending={pending}>
            Opslaan en klaar voor controle
          </SubmitButton>
        )}
      </div>
    </form>
  );
}
