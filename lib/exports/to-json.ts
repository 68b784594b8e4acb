import { dateToIsoDate } from '@/lib/dates';
import { toExportRows } from '@/lib/exports/export-rows';
import type { PlanOverview } from '@/lib/plans/find-plan-overview';

export type JsonOptions = {
  /** The filters a selection was made with, as a query string; null (the default) for the whole round. */
  selection?: string | null;
};

/**
 * The round as JSON: plan and round metadata and the same rows as the CSV, with ISO dates and
 * null where a deadline names no date. `overdueOn` says which date "overdue" was judged on.
 */
export function toJsonExport(overview: PlanOverview, options: JsonOptions = {}) {
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
    selection: options.selection ?? null,
    overdueOn: overview.overdueOn,
    rows: toExportRows(overview),
  };
}

export type JsonExport = ReturnType<typeof toJsonExport>;

export function toJson(overview: PlanOverview, options: JsonOptions = {}): string {
  return `${JSON.stringify(toJsonExport(overview, options), null, 2)}\n`;
}
