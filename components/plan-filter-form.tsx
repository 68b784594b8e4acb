import { ACTION_STATUSES, STATUS_LABELS } from '@/lib/actions/status';
import { lineLabel } from '@/lib/plans/line-label';
import { planUrls } from '@/lib/plans/plan-urls';
import type { PublicRound } from '@/lib/rounds/published-round';
import { STATUS_SLUGS, type PlanFilters } from '@/lib/validation/plan-filters';

type Props = {
  planSlug: string;
  filters: PlanFilters;
  roundKey: string;
  rounds: PublicRound[];
  options: { lines: { code: string; title: string; parentId: number | null }[]; organisations: { abbreviation: string; name: string }[] };
};

const slugOf = (status: string) => Object.entries(STATUS_SLUGS).find(([, s]) => s === status)![0];
const field = 'mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1.5';

/** A plain GET form: the filters end up in the URL, shareable, and it works without JavaScript. */
export function PlanFilterForm({ planSlug, filters, roundKey, rounds, options }: Props) {
  return (
    <form method="get" action={planUrls.search(planSlug)} role="search" aria-label="Acties zoeken en filteren" className="mt-6 grid gap-4 rounded bg-rijks-sky p-4 sm:grid-cols-2 lg:grid-cols-3">
      <div className="sm:col-span-2 lg:col-span-3">
        <label htmlFor="filter-q" className="font-semibold">Zoeken in titels en teksten</label>
        <input id="filter-q" type="search" name="q" defaultValue={filters.q ?? ''} maxLength={200} placeholder="bijvoorbeeld: pleegouders werving" className={field} />
      </div>
      <div>
        <label htmlFor="filter-ronde" className="font-semibold">Rapportage</label>
        <select id="filter-ronde" name="ronde" defaultValue={roundKey} className={field}>
          {[...rounds].reverse().map((round) => (
            <option key={round.key} value={round.key}>{round.title}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-organisatie" className="font-semibold">Organisatie</label>
        <select id="filter-organisatie" name="organisatie" defaultValue={filters.organisatie ?? ''} className={field}>
          <option value="">Alle organisaties</option>
          {options.organisations.map((org) => (
            <option key={org.abbreviation} value={org.abbreviation}>{org.abbreviation} — {org.name}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-status" className="font-semibold">Status</label>
        <select id="filter-status" name="status" defaultValue={filters.status ? slugOf(filters.status) : ''} className={field}>
          <option value="">Alle statussen</option>
          {ACTION_STATUSES.map((status) => (
            <option key={status} value={slugOf(status)}>{STATUS_LABELS[status]}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-lijn" className="font-semibold">Actielijn</label>
        <select id="filter-lijn" name="lijn" defaultValue={filters.lijn ?? ''} className={field}>
          <option value="">Alle actielijnen</option>
          {options.lines.map((line) => (
            <option key={line.code} value={line.code}>{lineLabel(line)}: {line.title}</option>
          ))}
        </select>
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className="font-semibold">Alleen</legend>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="overtijd" value="1" defaultChecked={filters.overtijd} className="size-4" />
          acties die over tijd zijn
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="gewijzigd" value="1" defaultChecked={filters.gewijzigd} className="size-4" />
          nieuw of gewijzigd t.o.v. vorige rapportage
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="verschoven" value="1" defaultChecked={filters.verschoven} className="size-4" />
          termijn verschoven t.o.v. vorige rapportage
        </label>
      </fieldset>
      <div className="flex items-end gap-3">
        <button type="submit" className="rounded bg-rijks-blue px-4 py-2 font-semibold text-white hover:bg-rijks-blue-dark">
          Toon acties
        </button>
        <a href={`${planUrls.search(planSlug)}?ronde=${roundKey}`}>Wis filters</a>
      </div>
    </form>
  );
}
