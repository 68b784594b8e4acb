import Link from 'next/link';
import { changeKindGroups } from '@/lib/audit/audit-words';
import type { AuditFilterOptions } from '@/lib/audit/find-audit-filter-options';
import type { AuditFilter } from '@/lib/validation/audit';

type Option = { value: string; label: string };
const field = 'mt-1 block w-full rounded-sm border border-slate-500 bg-white px-2 py-1.5';

function Select({ name, label, all, value, options }: { name: string; label: string; all: string; value: unknown; options: Option[] }) {
  return (
    <div className="min-w-0">
      <label htmlFor={`audit-${name}`} className="font-semibold">{label}</label>
      <select id={`audit-${name}`} name={name} defaultValue={value === undefined ? '' : String(value)} className={field}>
        <option value="">{all}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>{option.label}</option>
        ))}
      </select>
    </div>
  );
}

/** The audit log's filters as a plain GET form: they end up in the URL, combine, and work without JavaScript. */
export function AuditFilterForm({ filter, options, exportHref }: { filter: AuditFilter; options: AuditFilterOptions; exportHref: string }) {
  return (
    <form method="get" action="/beheer/audit" role="search" aria-label="Auditlog filteren" className="mt-4 grid gap-4 rounded-sm bg-rijks-sky p-4 sm:grid-cols-2 lg:grid-cols-4">
      <Select name="persoon" label="Persoon" all="iedereen" value={filter.persoon} options={[...options.users, { value: 'opdrachtregel', label: 'opdrachtregel (zonder account)' }]} />
      <Select name="organisatie" label="Organisatie" all="alle organisaties" value={filter.organisatie} options={[{ value: 'ministerie', label: 'ministerie' }, ...options.organisations]} />
      <Select name="plan" label="Plan" all="alle plannen" value={filter.plan} options={options.plans} />
      <Select name="ronde" label="Ronde" all="alle rondes" value={filter.ronde} options={options.rounds} />
      {options.actions.length > 0 ? (
        <Select name="actie" label="Actie" all="alle acties" value={filter.actie} options={options.actions} />
      ) : (
        <p className="min-w-0 self-end text-sm text-muted">Kies een plan of ronde en klik op Toon om op een actie te filteren.</p>
      )}
      <div className="min-w-0">
        <label htmlFor="audit-soort" className="font-semibold">Soort wijziging</label>
        <select id="audit-soort" name="soort" defaultValue={filter.soort ?? ''} className={field}>
          <option value="">alle wijzigingen</option>
          {changeKindGroups().map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((option) => (
                <option key={option.value} value={option.value}>{option.label}</option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div className="min-w-0">
        <label htmlFor="audit-van" className="font-semibold">Van (datum)</label>
        <input id="audit-van" type="date" name="van" defaultValue={filter.van ?? ''} className={field} />
      </div>
      <div className="min-w-0">
        <label htmlFor="audit-tot" className="font-semibold">Tot en met (datum)</label>
        <input id="audit-tot" type="date" name="tot" defaultValue={filter.tot ?? ''} className={field} />
      </div>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 sm:col-span-2 lg:col-span-4">
        <button type="submit" className="min-h-11 rounded-sm bg-rijks-blue px-4 font-semibold text-white hover:bg-rijks-blue-dark">
          Toon
        </button>
        <Link href="/beheer/audit">Filters wissen</Link>
        <a href={exportHref} download>Download deze selectie als CSV</a>
      </div>
    </form>
  );
}
