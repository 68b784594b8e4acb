import { ConfirmedStepForm } from '@/components/rounds/confirmed-step-form';
import { DeadlineNotice } from '@/components/rounds/deadline-notice';
import { EditRoundForm } from '@/components/rounds/edit-round-form';
import { addCalendarDays, amsterdamIsoDate } from '@/lib/rounds/amsterdam-time';
import { formatInputDeadline } from '@/lib/rounds/deadline-notice';
import { DEFAULT_REMINDER_DAYS, deadlineFormValues } from '@/lib/rounds/input-deadline';
import type { RoundState } from '@/lib/rounds/round-states';
import { STEP_OUTCOMES, stepOutcomeFor } from '@/lib/rounds/step-outcomes';

export type ManagedRound = {
  id: number;
  title: string;
  date: string;
  state: RoundState;
  inputDeadline: string | null;
  inputDeadlineHasTime: boolean;
  reminderDaysBefore: number;
};

/** The first date a new deadline may have: tomorrow in Amsterdam. */
export function firstDeadlineDate(): string {
  return addCalendarDays(amsterdamIsoDate(new Date()), 1);
}

/** The deadline as the forms show it: the stored one, or nothing yet with the default reminder. */
export function deadlineDefaults(round: ManagedRound) {
  const stored = round.inputDeadline ? deadlineFormValues({ at: new Date(round.inputDeadline), hasTime: round.inputDeadlineHasTime }) : null;
  return { date: stored?.date ?? '', time: stored?.time ?? '', reminderDaysBefore: round.inputDeadline ? round.reminderDaysBefore : DEFAULT_REMINDER_DAYS };
}

/** The round's input deadline: with the days left while it is open, as a plain fact otherwise. */
export function RoundDeadline({ round }: { round: ManagedRound }) {
  if (!round.inputDeadline) return null;
  if (round.state === 'OPEN') return <DeadlineNotice deadline={round.inputDeadline} audience="ministry" className="mt-4" />;
  if (round.state === 'PUBLISHED') return null;
  const label = round.state === 'DRAFT' ? 'Voorgenomen inlevertermijn' : 'Inlevertermijn';
  return (
    <p className="mt-2">
      {label}: {formatInputDeadline(new Date(round.inputDeadline))}
    </p>
  );
}

/** The outcome of the step just taken (opening, closing, reopening), named in the address. */
export function RoundStepOutcome({ round, stap, entryCount }: { round: ManagedRound; stap: unknown; entryCount: number }) {
  const outcome = stepOutcomeFor(stap, round.state);
  if (!outcome) return null;
  const message =
    outcome === 'geopend' && round.inputDeadline
      ? `De ronde is open voor invoer tot ${formatInputDeadline(new Date(round.inputDeadline))}; ${entryCount === 1 ? '1 actie staat' : `${entryCount} acties staan`} klaar, ingevuld met de vorige rapportage.`
      : STEP_OUTCOMES[outcome].message;
  return (
    <div role="status" className="mt-4 rounded-sm border-l-4 border-emerald-700 bg-emerald-50 px-4 py-2 text-emerald-900">
      <span aria-hidden>✓ </span>
      {message}
    </div>
  );
}

/** What else the ministry can do with a round before it is published: reopen it, edit it, delete a concept. */
export function RoundManagement({ round, can }: { round: ManagedRound; can: { edit: boolean; delete: boolean; reopen: boolean } }) {
  const minDate = firstDeadlineDate();
  return (
    <>
      {can.reopen && (
        <details className="mt-4 rounded-sm border border-slate-300 bg-white p-4">
          <summary className="cursor-pointer font-semibold text-rijks-blue">Ronde heropenen voor invoer</summary>
          <div className="mt-3">
            <ConfirmedStepForm roundId={round.id} step="reopen" />
          </div>
        </details>
      )}
      {can.edit && (
        <details className="mt-4 rounded-sm border border-slate-300 bg-white p-4">
          <summary className="cursor-pointer font-semibold text-rijks-blue">Titel, datum en inlevertermijn wijzigen</summary>
          <EditRoundForm
            roundId={round.id}
            title={round.title}
            date={round.date}
            deadline={deadlineDefaults(round)}
            deadlineRequired={round.state !== 'DRAFT'}
            minDate={minDate}
          />
        </details>
      )}
      {can.delete && (
        <details className="mt-4 rounded-sm border border-slate-300 bg-white p-4">
          <summary className="cursor-pointer font-semibold text-rijks-blue">Conceptronde verwijderen</summary>
          <div className="mt-3">
            <ConfirmedStepForm roundId={round.id} step="delete" />
          </div>
        </details>
      )}
    </>
  );
}
