import type { StatusBar } from '@/components/charts/stacked-status-bars';
import { stacked } from '@/components/stacked-table';
import { ACTION_STATUSES, STATUS_LABELS } from '@/lib/actions/status';
import { totalOf } from '@/lib/actions/status-counts';

type Props = { caption: string; rowHeader: string; bars: StatusBar[] };

/**
 * The numbers behind a chart, in a table that opens without JavaScript (a <details>); on a phone
 * each row is a card of labelled counts (see stacked-table).
 */
export function StatusCountTable({ caption, rowHeader, bars }: Props) {
  return (
    <details className="mt-4">
      <summary className="cursor-pointer font-medium text-rijks-blue">Toon de cijfers als tabel</summary>
      <div className="mt-2 overflow-x-auto">
        <table className={`w-full border-collapse text-left text-sm ${stacked.table}`}>
          <caption className={`mb-1 text-left font-semibold ${stacked.caption}`}>{caption}</caption>
          <thead className={stacked.head}>
            <tr className="border-b-2 border-rijks-blue bg-rijks-sky">
              <th scope="col" className="p-2">{rowHeader}</th>
              {ACTION_STATUSES.map((status) => (
                <th key={status} scope="col" className="p-2 text-right">{STATUS_LABELS[status]}</th>
              ))}
              <th scope="col" className="p-2 text-right">totaal</th>
            </tr>
          </thead>
          <tbody className={stacked.body}>
            {bars.map((bar) => (
              <tr key={bar.key} className={`border-b border-slate-200 ${stacked.countCard}`}>
                <th scope="row" className={`p-2 font-normal ${stacked.cell} ${stacked.wide} max-md:mb-1`}>{bar.label}</th>
                {ACTION_STATUSES.map((status) => (
                  <td key={status} className={`p-2 text-right tabular-nums ${stacked.count} ${stacked.inlineLabel}`} data-label={STATUS_LABELS[status]}>
                    {bar.counts[status]}
                  </td>
                ))}
                <td className={`p-2 text-right font-semibold tabular-nums ${stacked.count} ${stacked.inlineLabel}`} data-label="totaal">
                  {totalOf(bar.counts)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
