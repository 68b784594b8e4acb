import { ACTION_STATUSES, STATUS_LABELS } from '@/lib/actions/status';
import { lineLabel } from '@/lib/plans/line-label';
import type { LineSection } from '@/lib/plans/find-plan-overview';
import type { StatusSummary } from '@/lib/plans/status-summary';

type Props = { lines: LineSection[]; total: StatusSummary; lineHref: (line: LineSection) => string };

const count = (n: number) => (n === 0 ? <span className="text-muted">0</span> : n.toLocaleString('nl-NL'));

/** Per actielijn: how many actions are in each status, and how many are over tijd. */
export function LineSummaryTable({ lines, total, lineHref }: Props) {
  const reported = lines.filter((line) => line.actions.length > 0);
  return (
    <div className="relative mt-4 overflow-x-auto">
      <table className="w-full border-collapse text-left text-[0.95rem]">
        <caption className="mb-2 text-left font-semibold">Stand van zaken per actielijn (aantal acties)</caption>
        <thead>
          <tr className="border-b-2 border-rijks-blue bg-rijks-sky">
            <th scope="col" className="p-2">Actielijn</th>
            <th scope="col" className="p-2 text-right">Acties</th>
            {ACTION_STATUSES.map((status) => (
              <th key={status} scope="col" className="p-2 text-right">{STATUS_LABELS[status]}</th>
            ))}
            <th scope="col" className="p-2 text-right">over tijd</th>
          </tr>
        </thead>
        <tbody>
          {reported.map((line) => (
            <tr key={line.id} className="border-b border-slate-200">
              <th scope="row" className="p-2 font-normal">
                <a href={lineHref(line)}>
                  {lineLabel(line)}: {line.title}
                </a>
              </th>
              <td className="p-2 text-right">{count(line.summary.total)}</td>
              {ACTION_STATUSES.map((status) => (
                <td key={status} className="p-2 text-right">{count(line.summary.byStatus[status])}</td>
              ))}
              <td className="p-2 text-right font-medium">{count(line.summary.overdue)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-slate-400 font-semibold">
            <th scope="row" className="p-2">Totaal</th>
            <td className="p-2 text-right">{count(total.total)}</td>
            {ACTION_STATUSES.map((status) => (
              <td key={status} className="p-2 text-right">{count(total.byStatus[status])}</td>
            ))}
            <td className="p-2 text-right">{count(total.overdue)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
