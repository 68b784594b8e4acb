import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { OrganisationNames } from '@/components/editing/organisation-names';
import { PreviousUpdate } from '@/components/editing/previous-update';
import { UpdateForm } from '@/components/editing/update-form';
import { VersionHistory } from '@/components/editing/version-history';
import { ReviewStateBadge } from '@/components/review-state-badge';
import { dutchCalendarDate } from '@/lib/actions/overdue';
import { requireMinistryEditor } from '@/lib/auth/session';
import { findEntryForEditing } from '@/lib/updates/find-entry-for-editing';
import { idField } from '@/lib/validation/fields';

export const metadata: Metadata = { title: 'Actie bewerken' };
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ roundId: string; entryId: string }> };

/** The ministry edits an entry directly, and sees every saved version of it. */
export default async function EditEntryPage({ params }: Props) {
  const { roundId, entryId } = await params;
  const user = await requireMinistryEditor(`/beheer/rondes/${roundId}/acties/${entryId}`);
  const id = idField.safeParse(entryId);
  if (!id.success) notFound();
  const found = await findEntryForEditing({ user, entryId: id.data });
  if (!found || String(found.round.id) !== roundId) notFound();
  const { entry, round, versions } = found;
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
      </p>
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
      <VersionHistory versions={versions} />
    </>
  );
}
