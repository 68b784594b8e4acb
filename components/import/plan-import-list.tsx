import Link from 'next/link';
import { stacked } from '@/components/stacked-table';
import { ImportStateBadge } from '@/components/import/import-state-badge';
import { formatDateTime } from '@/lib/format-date-time';
import type { PlanImport } from '@/lib/import/find-plan-imports';

/** A plan's earlier uploads, newest first: a table on a desktop, cards on a phone. */
export function PlanImportList({ imports }: { imports: PlanImport[] }) {
  if (imports.length === 0) return <p className="mt-2 text-muted">Voor dit plan is nog niets geüpload.</p>;
  return (
    <table className={`mt-3 w-full border-collapse text-left ${stacked.table}`}>
      <caption className="sr-only">Eerdere uploads, nieuwste eerst</caption>
      <thead className={stacked.head}>
        <tr className="border-b-2 border-slate-300">
          <th scope="col" className="py-2 pr-4">Bestand</th>
          <th scope="col" className="py-2 pr-4">Geüpload door</th>
          <th scope="col" className="py-2 pr-4">Wanneer</th>
          <th scope="col" className="py-2 pr-4">Ronde</th>
          <th scope="col" className="py-2">Stand</th>
        </tr>
      </thead>
      <tbody className={stacked.body}>
        {imports.map((upload) => (
          <tr key={upload.id} className={`border-b border-slate-200 align-top ${stacked.card}`}>
            <th scope="row" className={`py-2 pr-4 font-normal break-words ${stacked.cell} ${stacked.wide}`}>
              {upload.kind === 'BIJLAGE' ? (
                <Link href={`/beheer/importeren/${upload.id}`}>{upload.fileName}</Link>
              ) : (
                <span>{upload.fileName} (werkmap)</span>
              )}
            </th>
            <td data-label="Geüpload door" className={`py-2 pr-4 ${stacked.cell} ${stacked.label}`}>
              {upload.uploadedBy ?? 'opdrachtregel'}
            </td>
            <td data-label="Wanneer" className={`py-2 pr-4 ${stacked.cell} ${stacked.label}`}>
              {formatDateTime(upload.uploadedAt)}
            </td>
            <td data-label="Ronde" className={`py-2 pr-4 ${stacked.cell} ${stacked.label}`}>
              {upload.round ? <Link href={`/beheer/rondes/${upload.round.id}`}>{upload.round.title}</Link> : 'nieuwe ronde'}
            </td>
            <td data-label="Stand" className={`py-2 ${stacked.cell} ${stacked.label}`}>
              <ImportStateBadge state={upload.state} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
