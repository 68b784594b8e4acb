import Link from 'next/link';
import { ReviewStateBadge } from '@/components/review-state-badge';
import { formatDutchMonth, isoDateToDate } from '@/lib/dates';
import { organisationsText } from '@/lib/organisations/organisations-text';
import { COMPLETENESS_FIXED_IN, COMPLETENESS_LABELS, type OpenItem } from '@/lib/rounds/completeness';
import type { CompletenessGroup, OpenEntry } from '@/lib/rounds/find-round-completeness';

type Links = { roundId: number; canEditTexts: boolean };

/** One organisation or actielijn: its progress, and its actions with what they still miss. */
export function CompletenessGroupSection({ heading, group, links }: { heading: string; group: CompletenessGroup; links: Links }) {
  return (
    <details className="rounded-sm border border-slate-300 bg-white" open={group.open.length > 0 && group.open.length <= 3}>
      <summary className="cursor-pointer px-4 py-3">
        <span className="font-semibold">{heading}</span>: {group.updated} van {group.total} acties bijgewerkt
        <span className="block text-sm text-muted">
          {group.ready} klaar voor controle · {group.approved} goedgekeurd ·{' '}
          {group.open.length === 0 ? 'niets open' : `${group.open.length} met openstaande punten`}
        </span>
      </summary>
      {group.open.length > 0 && (
        <ul className="grid gap-3 border-t border-slate-200 px-4 py-3">
          {group.open.map((entry) => (
            <OpenEntryItem key={entry.id} entry={entry} links={links} />
          ))}
        </ul>
      )}
    </details>
  );
}

function OpenEntryItem({ entry, links }: { entry: OpenEntry; links: Links }) {
  const reviewHref = `/beheer/rondes/${links.roundId}#actie-${entry.id}`;
  const textHref = links.canEditTexts ? `/beheer/rondes/${links.roundId}/acties/${entry.id}` : reviewHref;
  return (
    <li className="grid gap-1">
      <p className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
        <Link href={reviewHref} className="font-semibold">
          {entry.title}
        </Link>
        <span className="text-sm text-muted">
          {entry.lineCode} · {entry.responsible.length > 0 ? organisationsText(entry.responsible) : 'ministerie'}
        </span>
        <ReviewStateBadge state={entry.reviewState} />
      </p>
      <ul className="flex flex-wrap gap-2" aria-label={`Openstaand bij ‘${entry.title}’`}>
        {entry.items.map((item) => (
          <li key={item.category}>
            <Link
              href={COMPLETENESS_FIXED_IN[item.category] === 'text' ? textHref : reviewHref}
              className="inline-block rounded-sm border border-amber-700 bg-amber-50 px-2 py-0.5 text-sm text-amber-950"
            >
              {describeItem(item)}
            </Link>
          </li>
        ))}
      </ul>
    </li>
  );
}

/** "termijn verschoven: van december 2022 naar mei 2027 (53 maanden later)". */
export function describeItem(item: OpenItem): string {
  if (item.category !== 'deadlineShifted') return COMPLETENESS_LABELS[item.category];
  const { previousEnd, newEnd, months } = item.shift;
  const month = (iso: string) => formatDutchMonth(isoDateToDate(iso));
  return `${COMPLETENESS_LABELS.deadlineShifted}: van ${month(previousEnd)} naar ${month(newEnd)} (${months} ${months === 1 ? 'maand' : 'maanden'} later)`;
}
