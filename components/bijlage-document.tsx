import { BijlageLine } from '@/components/bijlage-line';
import type { PlanOverview } from '@/lib/plans/find-plan-overview';
import { formatRoundDate } from '@/lib/rounds/format-round-date';
import './bijlage-print.css';

/**
 * The printable bijlage: the plan, the round and every actielijn. A `concept` (its marking, e.g.
 * "CONCEPT — niet openbaar — stand 1 december 2026, 23:14") stands above the title and, printed,
 * at the top and bottom of every page (fixed elements, which Chromium repeats on each page).
 */
export function BijlageDocument({ overview, concept }: { overview: Pick<PlanOverview, 'plan' | 'round' | 'lines'>; concept?: string }) {
  const { plan, round, lines } = overview;
  return (
    <article lang="nl" className={`bijlage mt-6 max-w-4xl print:mt-0 ${concept ? 'bijlage-concept' : ''}`}>
      {concept && (
        <>
          <p aria-hidden className="concept-mark concept-mark-top">{concept}</p>
          <p aria-hidden className="concept-mark concept-mark-bottom">{concept}</p>
          <p role="note" className="mb-4 border-2 border-red-800 px-3 py-2 text-center font-bold text-red-800 print:text-[11pt]">{concept}</p>
        </>
      )}
      <h1 className="text-3xl font-semibold text-rijks-blue print:text-[18pt]">{plan.title}</h1>
      <p className="mt-2 text-lg print:text-[12pt]">
        Bijlage: {round.title} ({formatRoundDate(round)})
      </p>
      {lines.map((line) => (
        <BijlageLine key={line.id} line={line} />
      ))}
      {lines.length === 0 && <p className="mt-6">Deze ronde heeft nog geen acties.</p>}
    </article>
  );
}
