import Link from 'next/link';
import { MinistryEditNotice } from '@/components/editing/ministry-edit-notice';
import { OrganisationNames } from '@/components/editing/organisation-names';
import { ReviewActions } from '@/components/review/review-actions';
import { BULK_FORM_ID } from '@/components/review/bulk-approve-form';
import { NO_PARTNER_LABEL } from '@/components/review/review-filter-form';
import { OverdueLabel } from '@/components/overdue-label';
import { ReviewStateBadge } from '@/components/review-state-badge';
import { StatusBadge } from '@/components/status-badge';
import { WordDiff } from '@/components/word-diff';
import { DeadlineShiftBadge } from '@/components/deadline-shift-badge';
import { DeadlineText } from '@/components/deadline-text';
import { formatDateTime } from '@/lib/format-date-time';
import { latestAnswer } from '@/lib/review/entry-thread';
import { isUnchanged, type ReviewEntry } from '@/lib/review/find-round-review';

/** One action as the ministry reviews it: where it stands, what changed, and what to do. */
export function ReviewEntryCard({ entry, roundId }: { entry: ReviewEntry; roundId: number }) {
  const headingId = `controle-${entry.id}`;
  const { changes, current, previous } = entry;
  const unchanged = isUnchanged(changes);
  return (
    <article
      id={`actie-${entry.id}`}
      aria-labelledby={headingId}
      tabIndex={-1}
      className="scroll-mt-4 scroll-mb-40 rounded-sm border border-slate-300 bg-white [overflow-wrap:anywhere] focus:outline-4 focus:outline-offset-2 focus:outline-rijks-blue"
    >
      <header className="flex flex-wrap items-start justify-between gap-3 border-b border-slate-200 px-4 py-3">
        {entry.canApprove && (
          <input
            type="checkbox"
            form={BULK_FORM_ID}
            name="selectie"
            value={`${entry.id}:${current.version}`}
            aria-label={`Selecteren: ${entry.title}`}
            className="mt-1 size-6 shrink-0"
          />
        )}
        <div className="min-w-0 flex-1 basis-56">
          <p className="text-sm text-muted">
            {entry.line.code}. {entry.line.title} ·{' '}
            {entry.noPartner ? (
              <strong className="font-semibold text-ink">{NO_PARTNER_LABEL}</strong>
            ) : (
              <OrganisationNames organisations={entry.responsible} />
            )}
          </p>
          <h3 id={headingId} className="text-lg font-semibold">
            {entry.title}
          </h3>
          <p className="text-sm text-muted">
            Versie {current.version}
            {current.version === 1 ? ', overgenomen uit de vorige rapportage' : current.savedBy ? `, ${current.savedBy}` : ''},{' '}
            {formatDateTime(current.savedAt)}
          </p>
          <MinistryEditNotice edit={entry.ministryEdit} />
        </div>
        <span className="flex flex-wrap gap-2">
          {entry.overdue && <OverdueLabel />}
          <ReviewStateBadge state={entry.reviewState} />
        </span>
      </header>
      <div className="grid gap-4 p-4">
        {entry.reviewComment && entry.reviewState === 'RETURNED' && (
          <p className="border-l-4 border-rose-700 bg-rose-50 px-3 py-2">
            <strong>Teruggestuurd{entry.reviewedBy && ` door ${entry.reviewedBy}`}:</strong> {entry.reviewComment}
          </p>
        )}
        <PartnerAnswer entry={entry} />
        <dl className="grid gap-3 md:grid-cols-[10rem_1fr]">
          <dt className="font-semibold">Status</dt>
          <dd>
            {changes.status && previous && (
              <>
                <span className="sr-only">gewijzigd van </span>
                <span className="opacity-75">
                  <StatusBadge status={previous.status} />
                </span>{' '}
                <span aria-hidden>→ </span>
                <span className="sr-only">naar </span>
              </>
            )}
            <StatusBadge status={current.status} />
          </dd>
          <dt className="font-semibold">Resultaat / stand van zaken</dt>
          <dd className="whitespace-pre-line">{changes.result ? <WordDiff parts={changes.result} /> : current.result || '—'}</dd>
          <dt className="font-semibold">Wanneer</dt>
          <dd>
            {changes.planning ? <WordDiff parts={changes.planning} /> : <DeadlineText planning={current.planning} deadline={current.deadline} />}
            {entry.shift && previous && (
              <span className="mt-2 block">
                <DeadlineShiftBadge shift={entry.shift} texts={{ previous: previous.planning, current: current.planning }} />
              </span>
            )}
          </dd>
        </dl>
        <p className="text-sm text-muted">
          {changes.isNew
            ? 'Nieuwe actie: niet in de vorige rapportage.'
            : unchanged
              ? `Ongewijzigd ten opzichte van ${previous?.roundTitle}.`
              : `Doorgehaald en onderstreept: de wijzigingen ten opzichte van ${previous?.roundTitle}.`}
        </p>
        <div className="flex flex-wrap items-start justify-between gap-3 border-t border-slate-200 pt-3">
          <ReviewActions
            entryId={entry.id}
            version={current.version}
            title={entry.title}
            canApprove={entry.canApprove}
            canReturn={entry.canReturn}
          />
          {entry.canEdit && (
            <Link href={`/beheer/rondes/${roundId}/acties/${entry.id}`} className="inline-flex min-h-11 items-center font-semibold">
              Zelf bewerken<span className="sr-only">: {entry.title}</span>
            </Link>
          )}
        </div>
      </div>
    </article>
  );
}

/** The partner's answer to the latest return comment, in short. */
function PartnerAnswer({ entry }: { entry: ReviewEntry }) {
  const answer = latestAnswer(entry.thread);
  if (!answer) return null;
  return (
    <p className="border-l-4 border-sky-700 bg-sky-50 px-3 py-2">
      <strong>Antwoord van de partner ({answer.authorName}):</strong> <span className="whitespace-pre-line">{answer.body}</span>
    </p>
  );
}
