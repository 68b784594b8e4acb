import { LineSectionView } from '@/components/line-section';
import { LineSummaryTable } from '@/components/line-summary-table';
import { PlanHeader } from '@/components/plan-header';
import { RoundExports } from '@/components/round-exports';
import { formatRoundDate } from '@/lib/rounds/format-round-date';
import { planUrls } from '@/lib/plans/plan-urls';
import type { LineSection, PlanOverview } from '@/lib/plans/find-plan-overview';

export function PlanRoundOverview({ overview }: { overview: PlanOverview }) {
  const { plan, round, lines, summary } = overview;
  // A large round shows counts here and its tables on a page per actielijn (page weight is the cost of a page).
  const inline = overview.rowsLoaded;
  const lineHref = (line: LineSection) =>
    inline ? `#lijn-${line.code}` : planUrls.line(plan.slug, round.key, line.code);
  return (
    <>
      <PlanHeader plan={plan} rounds={overview.rounds} round={round} tab="overzicht" />
      <p className="mt-6 max-w-3xl">
        <strong>{round.title}</strong> ({formatRoundDate(round)}): {summary.total.toLocaleString('nl-NL')} acties
        {summary.overdue > 0 && <>, waarvan {summary.overdue.toLocaleString('nl-NL')} over tijd</>}.{' '}
        <span className="text-muted">
          Over tijd: de planning is verstreken vóór {overview.isLatest ? 'vandaag' : 'de datum van deze rapportage'} en
          de actie is niet afgerond of gestopt.
        </span>
      </p>
      <LineSummaryTable lines={lines} total={summary} lineHref={lineHref} />
      <RoundExports planSlug={plan.slug} roundKey={round.key} />
      {inline ? (
        lines.map((line) => <LineSectionView key={line.id} line={line} planSlug={plan.slug} roundKey={round.key} />)
      ) : (
        <p className="mt-8">
          Deze rapportage telt {summary.total.toLocaleString('nl-NL')} acties: kies hierboven een actielijn om de tabel
          te zien.
        </p>
      )}
    </>
  );
}
