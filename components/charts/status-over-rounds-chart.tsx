import { StackedStatusBars, type StatusBar } from '@/components/charts/stacked-status-bars';
import { StatusCountTable } from '@/components/charts/status-count-table';
import { StatusLegend } from '@/components/charts/status-legend';
import type { RoundStatusCounts } from '@/lib/plans/find-status-trend';
import { formatRoundDate } from '@/lib/rounds/format-round-date';

/** One bar per published round, oldest first: how the statuses of all actions moved over time. */
export function StatusOverRoundsChart({ trend }: { trend: RoundStatusCounts[] }) {
  const bars: StatusBar[] = trend.map(({ round, counts }) => ({
    key: round.key,
    label: `${round.title} (${formatRoundDate(round)})`,
    counts,
  }));
  const caption = 'Status van alle acties per rapportage, oudste eerst';
  return (
    <figure className="rounded border border-slate-300 p-4">
      <figcaption className="font-semibold">{caption}</figcaption>
      <div className="mt-3">
        <StatusLegend />
      </div>
      <div className="mt-4">
        <StackedStatusBars bars={bars} />
      </div>
      <StatusCountTable caption={caption} rowHeader="Rapportage" bars={bars} />
    </figure>
  );
}
