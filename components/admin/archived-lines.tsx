import { ArchiveLineForm } from '@/components/admin/archive-line-form';

type ArchivedLine = { id: number; code: string; title: string; parentId: number | null };

/** The plan's archived actielijnen, collapsed, each with "terugzetten". Nothing when there are none. */
export function ArchivedLines({ lines }: { lines: ArchivedLine[] }) {
  if (lines.length === 0) return null;
  return (
    <details className="mt-6 rounded-sm border border-slate-300 bg-white p-4">
      <summary className="cursor-pointer font-semibold text-rijks-blue">Gearchiveerde actielijnen ({lines.length})</summary>
      <p className="mt-2 max-w-3xl text-sm text-muted">
        Niet meer te kiezen bij acties, actielijnen en nieuwe rondes; gepubliceerde rapportages tonen ze zoals ze gepubliceerd zijn.
      </p>
      <ul className="mt-3 grid gap-3">
        {lines.map((line) => (
          <li key={line.id} className={`flex flex-wrap items-start justify-between gap-3 border-b border-slate-100 pb-3 ${line.parentId ? 'sm:ml-8' : ''}`}>
            <span className="min-w-0 font-medium">
              {line.code}. {line.title}
            </span>
            <ArchiveLineForm lineId={line.id} name={`Actielijn ${line.code}`} archived />
          </li>
        ))}
      </ul>
    </details>
  );
}
