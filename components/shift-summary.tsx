import { planUrls } from '@/lib/plans/plan-urls';

type Props = { planSlug: string; roundKey: string; count: number; onlyShifted: boolean };

/** The changes tab's count of shifted termijnen, with the filter to list only those (a link: no JavaScript). */
export function ShiftSummary({ planSlug, roundKey, count, onlyShifted }: Props) {
  return (
    <div className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2 rounded border border-orange-800 bg-orange-50 px-3 py-2 text-orange-950">
      <p>
        <span aria-hidden className="font-bold">» </span>
        <strong className="text-lg">{count.toLocaleString('nl-NL')}</strong>{' '}
        {count === 1 ? 'actie met een verschoven termijn' : 'acties met een verschoven termijn'}
        <span className="text-sm"> (eind later dan in de vorige rapportage)</span>
      </p>
      {onlyShifted ? (
        <a href={planUrls.changes(planSlug, roundKey)}>Toon alle wijzigingen</a>
      ) : (
        count > 0 && <a href={planUrls.changes(planSlug, roundKey, { onlyShifted: true })}>Toon alleen verschoven termijnen</a>
      )}
    </div>
  );
}
