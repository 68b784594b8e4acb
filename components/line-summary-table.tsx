import { stacked } from '@/components/stacked-table';
import { ACTION_STATUSES, STATUS_LABELS } from '@/lib/actions/status';
import { lineLabel } from '@/lib/plans/line-label';
import type { LineSection } from '@/lib/plans/find-plan-overview';
import type { StatusSummary } from '@/lib/plans/status-summary';

type Props = { lines: LineSection[]; total: StatusSummary; lineHref: (line: LineSection) => string };

const count = (n: number) => (n === 0 ? <span className="text-muted">0</span> : n.toLocaleString('nl-NL'));

/** The count cells of one row, each with its column's name for the phone's card. */
function CountCells({ summary, className = '' }: { summary: StatusSummary; className?: string }) {
  return (
    <>
      <td className={`p-2 text-right ${stacked.count} ${stacked.inlineLabel}`} data-label="Acties">
        {count(summary.total)}
      </td>
      {ACTION_STATUSES.map((status) => (
        <td key={status} className={`p-2 text-right ${stacked.count} ${stacked.inlineLabel}`} data-label={STATUS_LABELS[status]}>
          {count(summary.byStatus[status])}
        </td>
      ))}
      <td className={`p-2 text-right ${className} ${stacked.count} ${stacked.inlineLabel}`} data-label="over tijd">
        {count(summary.overdue)}
      </td>
    </>
  );
}

/**
 * Per actielijn: how many actions are in each status, and how many are over tijd. On a phone each
 * actielijn is a card of labelled counts (see stacked-table).
 */
export function LineSummaryTable({ lines, total, lineHref }: Props) {
  const reported = lines.filter((line) => line.actions.length > 0);
  return (
    <div className="relative mt-4 overflow-x-auto">
      <table className={`w-full border-collapse text-left text-[0.95rem] ${stacked.table}`}>
        <caption className={`mb-2 text-left font-semibold ${stacked.caption}`}>Stand van zaken per actielijn (aantal acties)</caption>
        <thead className={stacked.head}>
          <tr className="border-b-2 border-rijks-blue bg-rijks-sky">
            <th scope="col" className="p-2">Actielijn</th>
            <th scope="col" className="p-2 text-right">Acties</th>
            {ACTION_STATUSES.map((status) => (
              <th key={status} scope="col" className="p-2 text-right">{STATUS_LABELS[status]}</th>
            ))}
            <th scope="col" className="p-2 text-right">over tijd</th>
          </tr>
        </thead>
        <tbody className={stacked.body}>
          {reported.map((line) => (
            <tr key={line.id} className={`border-b border-slate-200 ${stacked.countCard}`}>
              <th scope="row" className={`p-2 font-normal ${stacked.cell} ${stacked.wide} max-md:mb-1`}>
                <a href={lineHref(line)}>
                  {lineLabel(line)}: {line.title}
                </a>
              </th>
              <CountCells summary={line.summary} className="font-medium" />
            </tr>
          ))}
        </tbody>
        <tfoot className={stacked.foot}>
          <tr className={`border-t-2 border-slate-400 font-semibold ${stacked.countCard} max-md:bg-rijks-sky`}>
            <th scope="row" className={`p-2 ${stacked.cell} ${stacked.wide} max-md:mb-1`}>Totaal</th>
            <CountCells summary={total} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
