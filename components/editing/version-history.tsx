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
      <div className="mt-3 overflow-x-auto">
        <table className="w-full border-collapse text-left align-top">
          <caption className="sr-only">Alle opgeslagen versies, nieuwste eerst</caption>
          <thead>
            <tr className="border-b-2 border-rijks-blue bg-rijks-sky">
              <th scope="col" className="p-2">Versie</th>
              <th scope="col" className="p-2">Door, op</th>
              <th scope="col" className="p-2">Status</th>
              <th scope="col" className="p-2">Resultaat / stand van zaken</th>
              <th scope="col" className="p-2">Wanneer</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.version} className="border-b border-slate-200 align-top">
                <th scope="row" className="p-2 font-semibold">
                  {v.version}
                </th>
                <td className="p-2 text-sm">
                  {v.version === 1 && !v.savedBy ? 'Uit het brondocument' : v.version === 1 ? `Overgenomen (${v.savedBy})` : v.savedBy}
                  {v.version > 1 && v.savedBy && (v.savedByMinistry ? ' (ministerie)' : ' (partner)')}
                  <br />
                  <span className="text-muted">{formatDateTime(v.savedAt)}</span>
                </td>
                <td className="p-2">
                  <StatusBadge status={v.status} />
                </td>
                <td className="whitespace-pre-line p-2">{v.result || '—'}</td>
                <td className="p-2">
                  <DeadlineText planning={v.planning} deadline={v.deadline} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
