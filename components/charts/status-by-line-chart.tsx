import { StackedStatusBars, type StatusBar } from '@/components/charts/stacked-status-bars';
import { StatusCountTable } from '@/components/charts/status-count-table';
import { StatusLegend } from '@/components/charts/status-legend';
import { lineLabel } from '@/lib/plans/line-label';
import { formatRoundDate } from '@/lib/rounds/format-round-date';

import type { StatusSummary } from '@/lib/plans/status-summary';

type Line = { id: number; code: string; title: string; parentId: number | null; summary: StatusSummary };
type Props = { round: { title: string; date: Date; dateIsApproximate: boolean }; lines: Line[] };

/** One bar per actielijn of the round: how many of its actions have each status. */
export function StatusByLineChart({ round, lines }: Props) {
  const bars: StatusBar[] = lines
    .filter((line) => line.summary.total > 0)
    .map((line) => ({ key: String(line.id), label: `${lineLabel(line)}: ${line.title}`, counts: line.summary.byStatus }));
  const caption = `Status van de acties per actielijn, ${round.title} (${formatRoundDate(round)})`;
  return (
    <figure className="rounded border border-slate-300 p-4">
      <figcaption className="font-semibold">{caption}</figcaption>
      {bars.length === 0 ? (
        <p className="mt-3 text-muted">Deze rapportage noemt geen acties.</p>
      ) : (
        <>
          <div className="mt-3">
            <StatusLegend />
          </div>
          <div className="mt-4">
            <StackedStatusBars bars={bars} />
          </div>
          <StatusCountTable caption={caption} rowHeader="Actielijn" bars={bars} />
        </>
      )}
    </figure>
  );
}
