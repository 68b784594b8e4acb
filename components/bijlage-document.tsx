import { BijlageLine } from '@/components/bijlage-line';
import type { PlanOverview } from '@/lib/plans/find-plan-overview';
import { formatRoundDate } from '@/lib/rounds/format-round-date';
import './bijlage-print.css';

/** A CSS string literal of `text` (quotes, backslashes and "<" escaped, so it cannot end the style). */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/</g, '\\3c ').replace(/\s+/g, ' ')}"`;
}

/**
 * A concept's marking at the top and bottom of every printed page: margin boxes of the concept's
 * named page (bijlage-print.css), which Chromium prints on each page. Hoisted into the head.
 */
function ConceptPageMarks({ label }: { label: string }) {
  const box = `content: ${cssString(label)}; font: bold 8.5pt Arial, 'Liberation Sans', sans-serif; color: #8b0000;`;
  return (
    <style href="bijlage-concept-marks" precedence="default">
      {`@page bijlage-concept { @top-center { ${box} } @bottom-center { ${box} } }`}
    </style>
  );
}

/**
 * The printable bijlage: the plan, the round and every actielijn. A `concept` (its marking, e.g.
 * "CONCEPT — niet openbaar — stand 1 december 2026, 23:14") stands above the title and, printed,
 * at the top and bottom of every page.
 */
export function BijlageDocument({ overview, concept }: { overview: Pick<PlanOverview, 'plan' | 'round' | 'lines'>; concept?: string }) {
  const { plan, round, lines } = overview;
  return (
    <article lang="nl" className={`bijlage mt-6 max-w-4xl print:mt-0${concept ? ' bijlage-concept' : ''}`}>
      {concept && (
        <>
          <ConceptPageMarks label={concept} />
          <p role="note" className="mb-4 border-2 border-red-800 px-3 py-2 text-center font-bold text-red-800 print:text-[11pt]">
            {concept}
          </p>
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
