import { LineIntroForm } from '@/components/rounds/line-intros-form';
import type { RoundLineIntros } from '@/lib/rounds/find-round-line-intros';

/**
 * The round's introduction per actielijn, editable until it is published (collapsed: long texts).
 * Nothing for a published round.
 */
export function LineIntros({ intros }: { intros: RoundLineIntros | null }) {
  if (!intros || intros.lines.length === 0) return null;
  const written = intros.lines.filter((line) => line.text !== '').length;
  return (
    <section aria-labelledby="inleidingen" className="mt-6 rounded-sm border border-slate-300 p-4">
      <h2 id="inleidingen" className="text-xl font-semibold">
        Inleidingen per actielijn
      </h2>
      <p className="mt-1 max-w-3xl">
        De tekst boven de tabel van elke actielijn in de bijlage; {written} van {intros.lines.length} actielijnen hebben er een.
        Te wijzigen tot de ronde is gepubliceerd; een leeg veld haalt de inleiding weg.
      </p>
      <details className="mt-3">
        <summary className="cursor-pointer font-semibold text-rijks-blue">Inleidingen bewerken</summary>
        <ol className="mt-3 grid gap-6">
          {intros.lines.map((line) => (
            <li key={line.id} className={line.parentId ? 'sm:ml-8' : ''}>
              <LineIntroForm roundId={intros.roundId} line={line} />
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
