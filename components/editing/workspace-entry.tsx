import { AnswerForm } from '@/components/editing/answer-form';
import { MinistryEditNotice } from '@/components/editing/ministry-edit-notice';
import { OrganisationNames } from '@/components/editing/organisation-names';
import { PreviousUpdate } from '@/components/editing/previous-update';
import { CoPartnerChangeNotice, SharedEntryFacts } from '@/components/editing/shared-entry-note';
import { UpdateForm } from '@/components/editing/update-form';
import { EntryThread } from '@/components/review/entry-thread';
import { ReviewStateBadge } from '@/components/review-state-badge';
import { StatusBadge } from '@/components/status-badge';
import { DeadlineText } from '@/components/deadline-text';
import { OverdueLabel } from '@/components/overdue-label';
import { isOverdue } from '@/lib/actions/overdue';
import type { WorkspaceEntry } from '@/lib/updates/find-workspace';

type Props = { entry: WorkspaceEntry; roundDate: string; today: string; previousTitle: string | null };

/** One action in the partner's workspace: the previous report beside the form for this one. */
export function WorkspaceEntryCard({ entry, roundDate, today, previousTitle }: Props) {
  const headingId = `actie-${entry.id}-titel`;
  return (
    <article id={`actie-${entry.id}`} aria-labelledby={headingId} className="rounded-sm border border-slate-300 bg-white">
      <header className="flex flex-wrap items-start justify-between gap-3 border-b border-slate-200 bg-rijks-sky/60 px-4 py-3">
        <div className="min-w-0">
          <p className="text-sm text-muted">
            {entry.line.code}. {entry.line.title}
          </p>
          <h3 id={headingId} className="text-lg font-semibold">
            {entry.title}
          </h3>
          <p className="text-sm text-muted">
            Verantwoordelijk: <OrganisationNames organisations={entry.responsible} />
          </p>
          {entry.shared && <SharedEntryFacts note={entry.shared} />}
          <MinistryEditNotice edit={entry.ministryEdit} />
        </div>
        <div className="flex flex-wrap gap-2">
          {isOverdue(entry.current, today) && <OverdueLabel />}
          <ReviewStateBadge state={entry.reviewState} />
        </div>
      </header>

      {entry.shared?.changedAfterReady && <CoPartnerChangeNotice entryId={entry.id} change={entry.shared.changedAfterReady} />}

      {entry.thread.length === 0 && entry.reviewComment && entry.reviewState !== 'APPROVED' && (
        <div role="note" className="mx-4 mt-4 border-l-4 border-rose-700 bg-rose-50 px-4 py-3">
          <p className="font-semibold">Opmerking van het ministerie{entry.reviewedBy && ` (${entry.reviewedBy})`}:</p>
          <p className="mt-1 whitespace-pre-line">{entry.reviewComment}</p>
        </div>
      )}

      <EntryConversation entry={entry} />

      <div className="grid gap-6 p-4 lg:grid-cols-[2fr_3fr]">
        <section aria-label={`Vorige rapportage: ${entry.title}`} className="self-start rounded-sm bg-slate-50 p-4">
          <h4 className="mb-3 font-semibold">Vorige rapportage{previousTitle && `: ${previousTitle}`}</h4>
          <PreviousUpdate previous={entry.previous} />
        </section>
        <section aria-label={`Deze rapportage: ${entry.title}`}>
          <h4 className="mb-3 font-semibold">Deze rapportage</h4>
          {entry.canSave ? (
            <UpdateForm
              entryId={entry.id}
              version={entry.current.version}
              initial={{ status: entry.current.status, result: entry.current.result, planning: entry.current.planning }}
              roundDate={roundDate}
              today={today}
              canMarkReady={entry.reviewState !== 'APPROVED'}
              previous={entry.previous}
            />
          ) : (
            <ReadOnlyUpdate entry={entry} />
          )}
        </section>
      </div>
    </article>
  );
}

function ReadOnlyUpdate({ entry }: { entry: WorkspaceEntry }) {
  const reason =
    entry.reviewState === 'APPROVED'
      ? 'Goedgekeurd door het ministerie; deze tekst gaat zo in de rapportage.'
      : 'De ronde is gesloten voor invoer; het ministerie rondt de rapportage af.';
  return (
    <div className="grid gap-3">
      <p className="text-sm text-muted">{reason}</p>
      <StatusBadge status={entry.current.status} />
      <p className="whitespace-pre-line">{entry.current.result || '—'}</p>
      <p>
        <DeadlineText planning={entry.current.planning} deadline={entry.current.deadline} />
      </p>
    </div>
  );
}

/** The whole thread with the ministry, and the answer form while the entry is returned. */
function EntryConversation({ entry }: { entry: WorkspaceEntry }) {
  if (entry.thread.length === 0 && !entry.canAnswer) return null;
  return (
    <section aria-label={`Gesprek met het ministerie: ${entry.title}`} className="mx-4 mt-4 grid gap-3">
      <h4 className="font-semibold">Gesprek met het ministerie</h4>
      <EntryThread thread={entry.thread} label={`Opmerkingen en antwoorden bij ${entry.title}`} />
      {entry.canAnswer && <AnswerForm entryId={entry.id} title={entry.title} />}
    </section>
  );
}
