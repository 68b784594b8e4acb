import type { ReactNode } from 'react';
import { DeadlineText } from '@/components/deadline-text';
import { StatusBadge } from '@/components/status-badge';
import type { ActionStatus } from '@/lib/actions/status';
import type { DeadlineRange } from '@/lib/deadlines/parse-planning';
import { formatDateTime } from '@/lib/format-date-time';

type Version = {
  version: number;
  status: ActionStatus;
  result: string;
  planning: string;
  deadline: DeadlineRange;
  savedBy: string | null;
  savedByMinistry: boolean;
  savedAt: string;
};

/**
 * Every saved version of an entry, newest first: who (the ministry or the partner), when, what.
 * Nothing is ever overwritten.
 */
export function VersionHistory({ versions }: { versions: Version[] }) {
  return (
    <section aria-labelledby="versies" className="mt-10">
      <h2 id="versies" className="text-2xl font-semibold">
        Versies ({versions.length})
      </h2>
      {/* Below md each version is a card: the same cells in the same order, each with its column's name. */}
      <div className="mt-3 overflow-x-auto">
        <table className="w-full border-collapse text-left align-top max-md:block">
          <caption className="sr-only">Alle opgeslagen versies, nieuwste eerst</caption>
          <thead className="max-md:sr-only">
            <tr className="border-b-2 border-rijks-blue bg-rijks-sky">
              <th scope="col" className="p-2">Versie</th>
              <th scope="col" className="p-2">Door, op</th>
              <th scope="col" className="p-2">Status</th>
              <th scope="col" className="p-2">Resultaat / stand van zaken</th>
              <th scope="col" className="p-2">Wanneer</th>
            </tr>
          </thead>
          <tbody className="max-md:grid max-md:gap-3">
            {versions.map((v) => (
              <tr key={v.version} className="border-b border-slate-200 align-top max-md:grid max-md:gap-2 max-md:rounded-sm max-md:border max-md:p-3">
                <th scope="row" className="p-2 font-semibold max-md:p-0">
                  <span className="md:hidden">Versie </span>
                  {v.version}
                </th>
                <td className="p-2 text-sm max-md:p-0">
                  {v.version === 1 && !v.savedBy ? 'Uit het brondocument' : v.version === 1 ? `Overgenomen (${v.savedBy})` : v.savedBy}
                  {v.version > 1 && v.savedBy && (v.savedByMinistry ? ' (ministerie)' : ' (partner)')}
                  <br />
                  <span className="text-muted">{formatDateTime(v.savedAt)}</span>
                </td>
                <td className="p-2 max-md:p-0">
                  <StatusBadge status={v.status} />
                </td>
                <Cell label="Resultaat / stand van zaken" className="whitespace-pre-line">
                  {v.result || '—'}
                </Cell>
                <Cell label="Wanneer">
                  <DeadlineText planning={v.planning} deadline={v.deadline} />
                </Cell>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** A cell that names its column when the table is shown as cards. */
function Cell({ label, className = '', children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <td className={`p-2 max-md:p-0 ${className}`}>
      <span aria-hidden className="block text-sm font-semibold md:hidden">
        {label}
      </span>
      {children}
    </td>
  );
}
