import { dateToIsoDate } from '@/lib/dates';
import { toExportRows } from '@/lib/exports/export-rows';
import type { PlanOverview } from '@/lib/plans/find-plan-overview';

/**
 * The round as JSON: plan and round metadata and the same rows as the CSV, with ISO dates and
 * null where a deadline names no date. `overdueOn` says which date "overdue" was judged on.
 */
export function toJsonExport(overview: PlanOverview) {
  const { plan, round } = overview;
  return {
    plan: { slug: plan.slug, title: plan.title, summary: plan.summary },
    round: {
      key: round.key,
      title: round.title,
      date: dateToIsoDate(round.date),
      dateIsApproximate: round.dateIsApproximate,
      isBaseline: round.isBaseline,
    },
    overdueOn: overview.overdueOn,
    rows: toExportRows(overview),
  };
}

export type JsonExport = ReturnType<typeof toJsonExport>;

export function toJson(overview: PlanOverview): string {
  return `${JSON.stringify(toJsonExport(overview), null, 2)}\n`;
}
