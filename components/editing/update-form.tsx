'use client';

import { startTransition, useActionState, useState, type FormEvent } from 'react';
import { z } from '@/lib/validation/dutch-zod';
import { handleSaveActionUpdate } from '@/app/_form-handlers/save-action-update';
import { SubmitButton } from '@/components/forms/buttons';
import { Select, TextArea, TextInput } from '@/components/forms/fields';
import { FormMessage } from '@/components/forms/form-message';
import { useUnsavedChanges } from '@/components/forms/unsaved-changes';
import { ConflictMerge } from '@/components/editing/conflict-merge';
import { PlanningTermijn } from '@/components/editing/planning-termijn';
import { ACTION_STATUSES, STATUS_LABELS } from '@/lib/actions/status';
import type { DeadlineRange } from '@/lib/deadlines/parse-planning';
import { initialFormState, type ConflictDetails, type FieldErrors, type FormState } from '@/lib/errors';
import { contentDiffers, type UpdateContent } from '@/lib/updates/update-content';
import { actionUpdateSchema, UPDATE_LIMITS } from '@/lib/validation/updates';

type Props = {
  entryId: number;
  version: number;
  initial: UpdateContent;
  /** The round's date (ISO): the year of periods named without one ("eind december"). */
  roundDate: string;
  /** Today in the Netherlands (ISO): what *over tijd* is measured on. */
  today: string;
  /** Show "klaar voor controle" (partners). */
  canMarkReady: boolean;
  /** What the latest published round before this one planned: the termijn a shift is measured against. */
  previous: { planning: string; deadline: DeadlineRange } | null;
};

const STATUS_OPTIONS = ACTION_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] }));

/**
 * The last save's result; the version the next save starts from, with its content (what "unsaved"
 * is measured against); and, after a refusal, the other person's version beside what one tried to save.
 */
type SaveState = {
  result: FormState;
  base: { version: number; content: UpdateContent };
  conflict: { details: ConflictDetails; mine: UpdateContent; base: UpdateContent } | null;
};

/** What is sent, and the version it is based on (the state's, or a newer one the page brought). */
type Submission = { data: FormData; content: UpdateContent; base: SaveState['base'] };

async function save(previous: SaveState, { data, content, base }: Submission): Promise<SaveState> {
  const result = await handleSaveActionUpdate(previous.result, data);
  if (result.conflict) {
    // Refused for an older version: the next save is based on the one shown, and knowingly replaces it.
    const { version, status, result: text, planning } = result.conflict;
    return {
      result,
      base: { version, content: { status, result: text, planning } },
      conflict: { details: result.conflict, mine: content, base: base.content },
    };
  }
  if (result.status === 'ok' && result.values?.baseVersion) {
    return { result, base: { version: Number(result.values.baseVersion), content }, conflict: null };
  }
  return { ...previous, base, result };
}

/**
 * Status, result and planning of one action in a round, with the deadline the planning text names
 * shown while typing. The schema is the server's; the version the editor started from goes along,
 * and a save refused because someone else saved first opens the merge view beside the form.
 * Leaving the page with unsaved changes asks first.
 */
export function UpdateForm({ entryId, version, initial, roundDate, today, canMarkReady, previous }: Props) {
  const [{ result: state, base: saved, conflict }, dispatch, pending] = useActionState(save, {
    result: initialFormState,
    base: { version, content: initial },
    conflict: null,
  });
  const [fields, setFields] = useState(initial);
  // A newer version the page brought (someone restored a version, or the page was refreshed after
  // another save) replaces an untouched form; a changed form keeps its text, and its save meets the
  // conflict and the merge view.
  const [newer, setNewer] = useState<SaveState['base'] | null>(null);
  const base = newer && newer.version > saved.version ? newer : saved;
  if (version > base.version && !conflict && !contentDiffers(fields, base.content)) {
    setNewer({ version, content: initial });
    setFields(initial);
  }
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const id = (name: string) => `actie-${entryId}-${name}`;
  useUnsavedChanges(contentDiffers(fields, base.content));

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
    const content = { ...fields };
    startTransition(() => dispatch({ data, content, base }));
  }

  const errors = { ...state.errors, ...clientErrors };
  const change = (name: keyof UpdateContent, value: string) => setFields((current) => ({ ...current, [name]: value }));
  const set = (name: keyof UpdateContent) => (event: { target: { value: string } }) => change(name, event.target.value);

  return (
    <form onSubmit={submit} noValidate className="grid gap-4" aria-label="Stand van zaken bijwerken">
      <input type="hidden" name="entryId" value={entryId} />
      <input type="hidden" name="baseVersion" value={base.version} />
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
        <PlanningTermijn
          id={id('termijn')}
          status={fields.status}
          planning={fields.planning}
          roundDate={roundDate}
          today={today}
          previous={previous}
        />
      </div>

      {conflict && (
        <ConflictMerge
          conflict={conflict.details}
          message={state.conflict ? state.message : undefined}
          mine={conflict.mine}
          base={conflict.base}
          fields={fields}
          onChange={change}
          idPrefix={id('samenvoegen')}
        />
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
