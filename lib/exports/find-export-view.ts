import 'server-only';
import { findFilteredPlanView } from '@/lib/plans/find-filtered-plan-view';
import { findPlanOverview, type PlanOverview } from '@/lib/plans/find-plan-overview';
import { filtersToQuery, type PlanFilters } from '@/lib/validation/plan-filters';

export type ExportView = {
  overview: PlanOverview;
  /** The filters as a query string ("status=loopt&organisatie=JN"); null for the whole round. */
  selection: string | null;
};

/**
 * What an export link downloads: the whole round as the bijlage has it (with introductions), or,
 * when the link carries the filters of a search, every matching action (not one page of them).
 */
export async function findExportView(slug: string, filters: PlanFilters): Promise<ExportView | null> {
  const selection = filtersToQuery(filters, { ronde: undefined, pagina: 1 });
  if (selection === '') {
    const overview = await findPlanOverview(slug, filters.ronde);
    return overview && { overview, selection: null };
  }
  const overview = await findFilteredPlanView(slug, filters, { paginate: false });
  return overview && { overview, selection };
}
