import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { MinistryEditNotice } from '@/components/editing/ministry-edit-notice';
import { OrganisationNames } from '@/components/editing/organisation-names';
import { PreviousUpdate } from '@/components/editing/previous-update';
import { UpdateForm } from '@/components/editing/update-form';
import { VersionCompare } from '@/components/editing/version-compare';
import { VersionHistory } from '@/components/editing/version-history';
import { EntryThread } from '@/components/review/entry-thread';
import { ReviewActions } from '@/components/review/review-actions';
import { ReviewDesk } from '@/components/review/review-desk';
import { ReviewStateBadge } from '@/components/review-state-badge';
import { dutchCalendarDate } from '@/lib/actions/overdue';
import { requireMinistryEditor } from '@/lib/auth/session';
import { findEntryForEditing } from '@/lib/updates/find-entry-for-editing';
import { idField } from '@/lib/validation/fields';
import { compareVersionsSchema } from '@/lib/validation/updates';

export const metadata: Metadata = { title: 'Actie bewerken' };
export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ roundId: string; entryId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * The ministry's page of one entry: edit it, approve or return it, read the conversation with the
 * partner, compare any two versions word by word and restore one, and see every saved version.
 */
export default async function EditEntryPage({ params, searchParams }: Props) {
  const { roundId, entryId } = await params;
  const user = await requireMinistryEditor(`/beheer/rondes/${roundId}/acties/${entryId}`);
  const id = idField.safeParse(entryId);
  if (!id.success) notFound();
  const query = await searchParams;
  const asked = compareVersionsSchema.safeParse({ van: query.van, naar: query.naar });
  const compare = asked.success ? { from: asked.data.van, to: asked.data.naar } : { invalid: true };
  const found = await findEntryForEditing({ user, entryId: id.data, compare });
  if (!found || String(found.round.id) !== roundId) notFound();
  const { entry, round, versions, comparison } = found;
  return (
    <>
      <nav aria-label="Kruimelpad" className="text-sm">
        <Link href="/beheer">Beheer</Link> <span aria-hidden>›</span>{' '}
        <Link href={`/beheer/rondes/${round.id}`}>{round.title}</Link>
      </nav>
      <h1 className="mt-2 text-3xl font-semibold text-rijks-blue">{entry.title}</h1>
      <p className="mt-1 flex flex-wrap items-center gap-3 text-muted">
        <span>
          {entry.line.code}. {entry.line.title} · <OrganisationNames organisations={entry.responsible} />
        </span>
        <ReviewStateBadge state={entry.reviewState} />
        <Link href={`/beheer/audit?actie=${entry.actionId}`}>auditlog van deze actie</Link>
      </p>
      <MinistryEditNotice edit={entry.ministryEdit} className="mt-2" />
      {(round.state === 'OPEN' || round.state === 'CLOSED') && (
        <section aria-labelledby="beoordelen" className="mt-6 rounded-sm border border-slate-300 p-4">
          <h2 id="beoordelen" className="mb-3 text-lg font-semibold">
            Beoordelen (versie {entry.current.version})
          </h2>
          <ReviewDesk entryIds={[entry.id]} canUndo={entry.canUndoReview}>
            <ReviewActions
              entryId={entry.id}
              version={entry.current.version}
              title={entry.title}
              canApprove={entry.canApprove}
              canReturn={entry.canReturn}
            />
          </ReviewDesk>
          {/* Once nothing is left to do here (approved in a closed round), say so where the buttons were. */}
          <p role="status" className="text-sm">
            {!entry.canApprove && !entry.canReturn && entry.reviewState === 'APPROVED'
              ? `Goedgekeurd${entry.reviewedBy ? ` door ${entry.reviewedBy}` : ''}; er is hier niets meer te beoordelen.`
              : ''}
          </p>
        </section>
      )}
      <section aria-labelledby="gesprek" className="mt-6">
        <h2 id="gesprek" className="mb-3 text-lg font-semibold">
          Gesprek met de partner
        </h2>
        <EntryThread thread={entry.thread} label={`Opmerkingen en antwoorden bij ${entry.title}`} />
      </section>
      <div className="mt-6 grid gap-6 lg:grid-cols-[2fr_3fr]">
        <section aria-labelledby="vorige" className="rounded-sm bg-slate-50 p-4">
          <h2 id="vorige" className="mb-3 text-lg font-semibold">
            Vorige rapportage{entry.previous && `: ${entry.previous.roundTitle}`}
          </h2>
          <PreviousUpdate previous={entry.previous} />
        </section>
        <section aria-labelledby="deze">
          <h2 id="deze" className="mb-3 text-lg font-semibold">
            {round.title}
          </h2>
          {entry.canSave ? (
            <UpdateForm
              entryId={entry.id}
              version={entry.current.version}
              initial={{ status: entry.current.status, result: entry.current.result, planning: entry.current.planning }}
              roundDate={round.date}
              today={dutchCalendarDate(new Date())}
              canMarkReady={false}
              previous={entry.previous}
            />
          ) : (
            <p>
              {round.state === 'PUBLISHED'
                ? `Deze ronde is gepubliceerd; de tekst (versie ${entry.current.version}, hieronder) verandert niet meer.`
                : 'Deze ronde is nog niet geopend voor invoer.'}
            </p>
          )}
        </section>
      </div>
      <VersionCompare
        comparison={comparison}
        versions={versions}
        entryId={entry.id}
        currentVersion={entry.current.version}
        canRestore={entry.canSave}
      />
      <VersionHistory versions={versions} />
    </>
  );
}
