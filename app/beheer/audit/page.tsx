import type { Metadata } from 'next';
import { PageLinks } from '@/components/admin/page-links';
import { z } from '@/lib/validation/dutch-zod';
import { requireMinistryEditor } from '@/lib/auth/session';
import { AUDIT_PERMISSION_LABELS } from '@/lib/audit/audit-labels';
import { ENTITY_LABELS, findAuditLog } from '@/lib/audit/find-audit-log';
import { formatDateTime } from '@/lib/format-date-time';

export const metadata: Metadata = { title: 'Auditlog' };
export const dynamic = 'force-dynamic';

const querySchema = z.object({
  pagina: z.coerce.number().int().min(1).max(100_000).catch(1),
  soort: z.enum(Object.keys(ENTITY_LABELS) as [string, ...string[]]).optional().catch(undefined),
});

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Every change anyone made, newest first. Read-only: the database refuses to alter it. */
export default async function AuditPage({ searchParams }: Props) {
  const user = await requireMinistryEditor('/beheer/audit');
  const { pagina, soort } = querySchema.parse(await searchParams);
  const log = await findAuditLog({ user, page: pagina, entityType: soort });
  const link = (page: number) => `/beheer/audit?pagina=${page}${soort ? `&soort=${soort}` : ''}`;
  return (
    <>
      <h1 className="text-3xl font-semibold text-rijks-blue">Auditlog</h1>
      <p className="mt-2 max-w-3xl text-muted">
        Elke wijziging: wie, wanneer, wat, en de gegevens ervoor en erna. Niemand kan dit logboek wijzigen of inkorten.
      </p>
      <form method="get" className="mt-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="soort" className="block font-semibold">
            Onderwerp
          </label>
          <select id="soort" name="soort" defaultValue={soort ?? ''} className="mt-1 rounded-sm border border-slate-500 px-3 py-2">
            <option value="">alle</option>
            {Object.entries(ENTITY_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="min-h-11 rounded-sm border-2 border-rijks-blue px-4 font-semibold text-rijks-blue">
          Toon
        </button>
      </form>
      <p className="mt-4 text-sm text-muted">
        {log.total} regels · pagina {pagina} van {log.pageCount}
      </p>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full border-collapse text-left align-top text-sm">
          <caption className="sr-only">Auditlog, nieuwste eerst</caption>
          <thead>
            <tr className="border-b-2 border-rijks-blue bg-rijks-sky">
              <th scope="col" className="p-2">Wanneer</th>
              <th scope="col" className="p-2">Wie</th>
              <th scope="col" className="p-2">Handeling</th>
              <th scope="col" className="p-2">Onderwerp</th>
              <th scope="col" className="p-2">Gegevens</th>
            </tr>
          </thead>
          <tbody>
            {log.rows.map((row) => (
              <tr key={row.id} className="border-b border-slate-200 align-top">
                <td className="whitespace-nowrap p-2">{formatDateTime(row.createdAt)}</td>
                <td className="p-2">{row.actor ? row.actor.name : 'opdrachtregel'}</td>
                <td className="p-2">
                  {AUDIT_PERMISSION_LABELS[row.permission as keyof typeof AUDIT_PERMISSION_LABELS] ?? row.permission}
                  <br />
                  <code className="text-xs text-muted">{row.permission}</code>
                </td>
                <td className="p-2">
                  {row.entityName ?? `${ENTITY_LABELS[row.entityType] ?? row.entityType} ${row.entityId}`}
                  <br />
                  <span className="text-xs text-muted">
                    {ENTITY_LABELS[row.entityType] ?? row.entityType} {row.entityId}
                  </span>
                </td>
                <td className="p-2">
                  {row.summary && <p className="mb-1">{row.summary}</p>}
                  <details>
                    <summary className="cursor-pointer">voor en na</summary>
                    <div className="mt-2 grid gap-2 md:grid-cols-2">
                      <pre className="overflow-x-auto whitespace-pre-wrap break-words bg-slate-50 p-2 text-xs">{row.before ?? '—'}</pre>
                      <pre className="overflow-x-auto whitespace-pre-wrap break-words bg-slate-50 p-2 text-xs">{row.after ?? '—'}</pre>
                    </div>
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <PageLinks page={pagina} pageCount={log.pageCount} href={link} />
    </>
  );
}
