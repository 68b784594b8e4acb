import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ActionTable } from '@/components/action-table';
import { PlanFilterForm } from '@/components/plan-filter-form';
import { PlanHeader } from '@/components/plan-header';
import { RoundExports } from '@/components/round-exports';
import { findFilterOptions } from '@/lib/plans/find-filter-options';
import { findFilteredPlanView } from '@/lib/plans/find-filtered-plan-view';
import { lineLabel } from '@/lib/plans/line-label';
import { planUrls } from '@/lib/plans/plan-urls';
import { filtersToQuery, parsePlanFilters } from '@/lib/validation/plan-filters';
import { planSlugSchema } from '@/lib/validation/route-params';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: 'Zoeken en filteren' };

export default async function SearchPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const planSlug = planSlugSchema.safeParse(slug);
  if (!planSlug.success) notFound();
  const parsed = parsePlanFilters(query);
  const filters = parsed.success ? parsed.data : parsePlanFilters({}).data!;
  const view = await findFilteredPlanView(planSlug.data, filters);
  if (!view) notFound();
  const options = await findFilterOptions({ slug: planSlug.data, roundId: view.round.id });
  const { plan, round } = view;
  const roundFilters = { ...filters, ronde: round.key };
  return (
    <>
      <PlanHeader plan={plan} rounds={view.rounds} round={round} tab="zoeken" roundHref={(key) => `${planUrls.search(plan.slug)}?${filtersToQuery(roundFilters, { ronde: key, pagina: 1 })}`} />
      <PlanFilterForm planSlug={plan.slug} filters={filters} roundKey={round.key} rounds={view.rounds} options={options} />
      {!parsed.success && (
        <p role="alert" className="mt-4 rounded border border-red-800 bg-red-50 p-3 text-red-900">
          Een filter in de link is ongeldig ({parsed.error.issues[0]?.message}); alle acties worden getoond.
        </p>
      )}
      <p role="status" className="mt-6 text-lg">
        <strong>{view.matchCount.toLocaleString('nl-NL')}</strong> {view.matchCount === 1 ? 'actie' : 'acties'} gevonden in{' '}
        {round.title}
        {view.pageCount > 1 && ` (pagina ${view.page} van ${view.pageCount})`}.
      </p>
      <RoundExports planSlug={plan.slug} roundKey={round.key} query={filtersToQuery(roundFilters, { pagina: 1 })} />
      {view.lines.map((line) => (
        <section key={line.id} aria-labelledby={`kop-${line.code}`} className="mt-8">
          <h2 id={`kop-${line.code}`} className="text-xl font-semibold text-rijks-blue">
            {lineLabel(line)}: {line.title}
          </h2>
          <div className="mt-3">
            <ActionTable caption={`${lineLabel(line)}: ${line.title}`} planSlug={plan.slug} roundKey={round.key} actions={line.actions} />
          </div>
        </section>
      ))}
      {view.pageCount > 1 && (
        <nav aria-label="Paginering" className="mt-8 flex gap-4">
          {view.page > 1 && <a href={`?${filtersToQuery(roundFilters, { pagina: view.page - 1 })}`}>← Vorige pagina</a>}
          {view.page < view.pageCount && <a href={`?${filtersToQuery(roundFilters, { pagina: view.page + 1 })}`}>Volgende pagina →</a>}
        </nav>
      )}
    </>
  );
}
