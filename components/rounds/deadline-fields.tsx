import { TextInput } from '@/components/forms/fields';
import type { FormState } from '@/lib/errors';

export type DeadlineDefaults = { date: string; time: string; reminderDaysBefore: number };

/** The input deadline of a round: a date, an optional time and the reminder lead time in days. */
export function DeadlineFields({
  idPrefix,
  state,
  defaults,
  minDate,
  required,
}: {
  idPrefix: string;
  state: FormState;
  defaults: DeadlineDefaults;
  minDate: string;
  required: boolean;
}) {
  const value = (name: string, fallback: string) => state.values?.[name] ?? fallback;
  return (
    <div className="grid gap-4 sm:grid-cols-3">
      <TextInput
        id={`${idPrefix}-inleverdatum`}
        label="Inleveren vóór (datum)"
        name="deadlineDate"
        type="date"
        min={minDate}
        defaultValue={value('deadlineDate', defaults.date)}
        error={state.errors?.deadlineDate}
        hint={required ? 'Een datum na vandaag.' : 'Kan ook bij het openen.'}
        required={required}
      />
      <TextInput
        id={`${idPrefix}-tijd`}
        label="Tijd (niet verplicht)"
        name="deadlineTime"
        type="time"
        defaultValue={value('deadlineTime', defaults.time)}
        error={state.errors?.deadlineTime}
        hint="Leeg: 23:59 die dag."
      />
      <TextInput
        id={`${idPrefix}-herinnering`}
        label="Herinnering (dagen vooraf)"
        name="reminderDaysBefore"
        type="number"
        min={0}
        max={60}
        inputMode="numeric"
        defaultValue={value('reminderDaysBefore', String(defaults.reminderDaysBefore))}
        error={state.errors?.reminderDaysBefore}
        hint="0 tot en met 60; standaard 5."
      />
    </div>
  );
}
