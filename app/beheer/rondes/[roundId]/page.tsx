import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RoundExports } from '@/components/round-exports';
import { ConceptDownloads } from '@/components/review/concept-downloads';
import { WorkbookTransfer } from '@/components/import/workbook-transfer';
import { ReviewEntryCard } from '@/components/review/review-entry';
import { RemindRoundForm } from '@/components/review/remind-round-form';
import { PublishRoundForm } from '@/components/review/publish-round-form';
import { RoundStateBadge } from '@/components/round-state-badge';
import { ConfirmedStepForm } from '@/components/rounds/confirmed-step-form';
import { LineIntros } from '@/components/rounds/line-intros';
import { OpenRoundForm } from '@/components/rounds/open-round-form';
import { deadlineDefaults, firstDeadlineDate, RoundDeadline, RoundManagement, RoundStepOutcome } from '@/components/rounds/round-management';
import { requireMinistryEditor } from '@/lib/auth/session';
import { formatDutchDate, isoDateToDate } from '@/lib/dates';
import { findRoundReview } from '@/lib/review/find-round-review';
import { REVIEW_STATE_LABELS, REVIEW_STATES } from '@/lib/review/review-states';
import { NEXT_TRANSITION } from '@/lib/rounds/round-states';
import { parseReviewFilter, reviewFilterParams, type ReviewFilter, type ReviewSearchParams } from '@/lib/validation/review-filter';
import { BulkApproveForm } from '@/components/review/bulk-approve-form';
import { ReviewDesk } from '@/components/review/review-desk';
import { ReviewFilterForm } from '@/components/review/review-filter-form';
import { idField } from '@/lib/validation/fields';

export const metadata: Metadata = { title: 'Rapportage controleren' };
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ roundId: string }>; searchParams: Promise<ReviewSearchParams & { stap?: string | string[] }> };

/** A round as the ministry reviews it: its step in the workflow, and every action's entry. */
export default async function RoundReviewPage({ params, searchParams }: Props) {
  const [{ roundId }, query] = await Promise.all([params, searchParams]);
  const { stap } = query;
  const user = await requireMinistryEditor(`/beheer/rondes/${roundId}`);
  const id = idField.safeParse(roundId);
  if (!id.success) notFound();
  const review = await findRoundReview({ user, roundId: id.data, filter: parseReviewFilter(query) });
  if (!review) notFound();
  const { round, entries, counts, total, filter } = review;
  const { reviewState } = filter;
  const filtered = Object.keys(filter).length > 0;
  const href = (next: ReviewFilter) => {
    const search = reviewFilterParams(next).toString();
    return `/beheer/rondes/${round.id}${search ? `?${search}` : ''}`;
  };
  const next = NEXT_TRANSITION[round.state];
  const allowed = next && review.can[next.transition];

  return (
    <>
      <nav aria-label="Kruimelpad" className="text-sm">
        <Link href="/beheer">Beheer</Link> <span aria-hidden>›</span>{' '}
        <Link href={`/beheer/plannen/${round.plan.id}`}>{round.plan.title}</Link>
      </nav>
      <div className="mt-2 flex flex-wrap items-baseline gap-3">
        <h1 className="text-3xl font-semibold text-rijks-blue">{round.title}</h1>
        <RoundStateBadge state={round.state} />
      </div>
      <p className="mt-1 text-muted">Rapportage van {formatDutchDate(isoDateToDate(round.date))}</p>
      <RoundStepOutcome round={round} stap={stap} entryCount={total} />
      <RoundDeadline round={round} />
      {round.state !== 'DRAFT' && (
        <p className="mt-2">
          <Link href={`/beheer/rondes/${round.id}/volledigheid`}>Volledigheid: wat ontbreekt nog, per organisatie en actielijn</Link>
        </p>
      )}

      {next && allowed && (
        <section aria-labelledby="volgende-stap" className="mt-6 rounded-sm border-2 border-rijks-blue bg-rijks-sky/50 p-4">
          <h2 id="volgende-stap" className="text-xl font-semibold">
            Volgende stap: {next.label.toLowerCase()}
          </h2>
          <div className="mt-2">
            {next.transition === 'open' && <OpenRoundForm roundId={round.id} defaults={deadlineDefaults(round)} minDate={firstDeadlineDate()} />}
            {next.transition === 'close' && <ConfirmedStepForm roundId={round.id} step="close" />}
            {next.transition === 'publish' && (
              <PublishRoundForm
                roundId={round.id}
                label={next.label}
                completeness={review.completeness ?? []}
                dashboardHref={`/beheer/rondes/${round.id}/volledigheid`}
              />
            )}
          </div>
        </section>
      )}
      <RoundManagement round={round} can={review.can} />
      {review.can.remind && (
        <section aria-labelledby="herinnering" className="mt-6 rounded-sm border border-slate-300 p-4">
          <h2 id="herinnering" className="text-xl font-semibold">
            Herinnering
          </h2>
          <div className="mt-2">
            <RemindRoundForm roundId={round.id} />
          </div>
        </section>
      )}
      {round.state === 'PUBLISHED' && (
        <p role="status" className="mt-6 border-l-4 border-emerald-700 bg-emerald-50 px-4 py-3">
          <span aria-hidden>✓ </span>
          Deze ronde is gepubliceerd en voor iedereen te lezen:{' '}
          <Link href={`/plannen/${round.plan.slug}/rondes/${round.key}`}>bekijk de openbare rapportage</Link>. Zij verandert niet meer.
        </p>
      )}
      {round.state === 'PUBLISHED' && <RoundExports planSlug={round.plan.slug} roundKey={round.key} />}
      {round.state !== 'PUBLISHED' && total > 0 && (
        <section aria-labelledby="conceptbijlage" className="mt-6 rounded-sm border border-slate-300 p-4">
          <h2 id="conceptbijlage" className="text-xl font-semibold">
            Conceptbijlage
          </h2>
          <p className="mt-1 max-w-3xl">
            De bijlage zoals zij nu zou luiden, met de huidige teksten, voor de afstemming van de brief. Niet openbaar; elke
            pagina draagt ‘CONCEPT’ met de datum en het tijdstip.
          </p>
          <ConceptDownloads roundId={round.id} withPrintLink />
        </section>
      )}

      {(round.state === 'OPEN' || round.state === 'CLOSED') && total > 0 && (
        <WorkbookTransfer audience="ministry" roundId={round.id} organisations={review.choices.organisations} />
      )}

      <LineIntros intros={review.lineIntros} />

      {total > 0 && (
        <nav aria-label="Acties per stand van de controle" className="mt-8">
          <p className="mb-2 text-sm text-muted">Per stand van de controle, van de hele ronde:</p>
          <ul className="flex flex-wrap gap-2">
            <li>
              <FilterLink href={href({ ...filter, reviewState: undefined })} current={!reviewState} label={`Alle (${total})`} />
            </li>
            {REVIEW_STATES.map((state) => (
              <li key={state}>
                <FilterLink
                  href={href({ ...filter, reviewState: state })}
                  current={reviewState === state}
                  label={`${REVIEW_STATE_LABELS[state]} (${counts[state]})`}
                />
              </li>
            ))}
          </ul>
        </nav>
      )}
      {total > 0 && <ReviewFilterForm review={review} />}

      <h2 className="mt-6 text-2xl font-semibold">
        {!filtered ? 'Alle acties' : reviewState && Object.keys(filter).length === 1 ? `Acties: ${REVIEW_STATE_LABELS[reviewState]}` : 'Gefilterde acties'} (
        {entries.length})
      </h2>
      {total > 0 && (
        <p className="mt-1 text-muted">
          {entries.length} van {total} getoond.
        </p>
      )}
      {round.state === 'DRAFT' && (
        <p className="mt-2">
          Deze ronde is nog een concept: open haar om de acties klaar te zetten, of{' '}
          <Link href={`/beheer/plannen/${round.plan.id}/importeren`}>importeer de Word-bijlage van deze rapportage</Link>.
        </p>
      )}
      <ReviewDesk entryIds={entries.map((entry) => entry.id)} canUndo={review.can.undoReview}>
        {entries.some((entry) => entry.canApprove) && <BulkApproveForm />}
        {filtered && entries.length === 0 && <p className="mt-4">Geen acties bij deze filters.</p>}
        <ol className="mt-4 grid gap-4">
          {entries.map((entry) => (
            <li key={entry.id}>
              <ReviewEntryCard entry={entry} roundId={round.id} />
            </li>
          ))}
        </ol>
      </ReviewDesk>
    </>
  );
}

function FilterLink({ href, current, label }: { href: string; current: boolean; label: string }) {
  return (
    <Link
      href={href}
      aria-current={current ? 'page' : undefined}
      className={`block rounded-sm border px-3 py-1.5 text-sm no-underline ${
        current ? 'border-rijks-blue bg-rijks-blue text-white hover:text-white' : 'border-slate-300 bg-white'
      }`}
    >
      {label}
    </Link>
  );
}
