import { LeadMark } from '@/components/lead-mark';
import { WordDiff } from '@/components/word-diff';
import { formatDateTime } from '@/lib/format-date-time';
import type { SharedEntryNote } from '@/lib/updates/find-shared-entry-notes';

/** Under the card's title: who else is responsible, and who saved the current version. */
export function SharedEntryFacts({ note }: { note: SharedEntryNote }) {
  return (
    <>
      {note.partners.length > 0 && (
        <p className="text-sm text-muted">
          Samen met{' '}
          {note.partners.map((org, index) => (
            <span key={org.abbreviation}>
              <abbr title={org.name}>{org.abbreviation}</abbr>
              {org.isLead && <LeadMark name={org.name} />}
              {index < note.partners.length - 1 && ', '}
            </span>
          ))}
          {note.ownIsLead && '; uw organisatie is trekker'}
        </p>
      )}
      {note.lastSaved && (
        <p className="text-sm text-muted">
          Laatst opgeslagen door {note.lastSaved.name}
          {note.lastSaved.organisation && ` (${note.lastSaved.organisation})`} op {formatDateTime(note.lastSaved.at)}
        </p>
      )}
    </>
  );
}

/**
 * Shown to the organisation that marked the entry ready, once a co-partner changed it: who, when,
 * what changed against the version that was marked ready, and to mark it ready again.
 */
export function CoPartnerChangeNotice({ entryId, change }: { entryId: number; change: NonNullable<SharedEntryNote['changedAfterReady']> }) {
  const headingId = `actie-${entryId}-gewijzigd`;
  const { status, result, planning } = change.changes;
  const unchanged = !status && !result && !planning;
  return (
    <div role="note" aria-labelledby={headingId} className="mx-4 mt-4 border-l-4 border-amber-600 bg-amber-50 px-4 py-3">
      <p id={headingId} className="font-semibold">
        {change.changedBy.name} ({change.changedBy.organisation}) heeft deze actie gewijzigd nadat u haar klaar voor controle zette (op{' '}
        {formatDateTime(change.markedAt)}).
      </p>
      <p className="mt-1 text-sm">Laatste wijziging op {formatDateTime(change.changedAt)}.</p>
      {unchanged ? (
        <p className="mt-2">De tekst is weer gelijk aan de versie die u klaarzette.</p>
      ) : (
        <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[8rem_1fr]">
          {status && (
            <>
              <dt className="font-semibold">Status</dt>
              <dd>
                {status.before} <span aria-hidden>→</span>
                <span className="sr-only">werd</span> {status.after}
              </dd>
            </>
          )}
          {result && (
            <>
              <dt className="font-semibold">Resultaat</dt>
              <dd className="min-w-0 break-words">
                <WordDiff parts={result} />
              </dd>
            </>
          )}
          {planning && (
            <>
              <dt className="font-semibold">Planning</dt>
              <dd className="min-w-0 break-words">
                <WordDiff parts={planning} />
              </dd>
            </>
          )}
        </dl>
      )}
      <p className="mt-2 text-sm">Controleer de wijziging en zet de actie daarna opnieuw klaar voor controle.</p>
    </div>
  );
}
