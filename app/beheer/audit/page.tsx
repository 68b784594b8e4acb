import type { Metadata } from 'next';
import Link from 'next/link';
import { AuditFilterForm } from '@/components/admin/audit-filter-form';
import { AuditLineView } from '@/components/admin/audit-line-view';
import { PageLinks } from '@/components/admin/page-links';
import { requireMinistryEditor } from '@/lib/auth/session';
import { periodReversed } from '@/lib/audit/audit-where';
import { loadAuditPage } from '@/lib/audit/load-audit-page';
import { auditFilterQuery, parseAuditFilter } from '@/lib/validation/audit';

export const metadata: Metadata = { title: 'Auditlog' };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Every change anyone made, newest first, in Dutch, filtered in the URL. Read-only: the database refuses to alter it. */
export default async function AuditPage({ searchParams }: Props) {
  const user = await requireMinistryEditor('/beheer/audit');
  const filter = parseAuditFilter(await searchParams);
  const { log, filterOptions: options } = await loadAuditPage({ user, filter });
  const link = (page: number) => `/beheer/audit${auditFilterQuery(filter, page)}`;
  return (
    <>
      <h1 className="text-3xl font-semibold text-rijks-blue">Auditlog</h1>
      <p className="mt-2 max-w-3xl text-muted">
        Elke wijziging: wie, wanneer, wat, aan welke actie of ronde, en de gegevens ervoor en erna. Niemand kan dit logboek
        wijzigen of inkorten.
      </p>
      <AuditFilterForm filter={filter} options={options} exportHref={`/beheer/audit/export.csv${auditFilterQuery(filter)}`} />
      <p role="status" className="mt-4 text-sm text-muted">
        {log.total} {log.total === 1 ? 'regel' : 'regels'} · pagina {Math.min(filter.pagina, log.pageCount)} van {log.pageCount}
      </p>
      {periodReversed(filter) && (
        <p className="mt-2 rounded-sm bg-amber-50 p-3">De periode klopt niet: de datum ‘van’ ligt na de datum ‘tot en met’.</p>
      )}
      {log.lines.length === 0 && (
        <p className="mt-4 rounded-sm bg-rijks-sky p-4">
          {log.total === 0 ? (
            'Er zijn geen regels die hierbij passen.'
          ) : (
            <>
              Deze pagina bestaat niet. <Link href={link(1)}>Naar de eerste pagina</Link>
            </>
          )}
        </p>
      )}
      <ol className="mt-2 grid gap-4" aria-label="Auditlog, nieuwste eerst">
        {log.lines.map((line) => (
          <li key={line.id}>
            <AuditLineView line={line} />
          </li>
        ))}
      </ol>
      <PageLinks page={Math.min(filter.pagina, log.pageCount)} pageCount={log.pageCount} href={link} />
    </>
  );
}
