import { dateToIsoDate } from '@/lib/dates';
import { conceptLabel } from '@/lib/exports/concept-stamp';
import { toExportRows, type ExportOptions } from '@/lib/exports/export-rows';
import type { PlanOverview } from '@/lib/plans/find-plan-overview';

export type JsonOptions = Pick<ExportOptions, 'selection' | 'concept'>;

/**
 * The round as JSON: plan and round metadata and the same rows as the CSV, with ISO dates and
 * null where a deadline names no date. `overdueOn` says which date "overdue" was judged on.
 * A concept (an unpublished round) starts with `concept`: when it was generated and that it is
 * not public; a published round's export has no such key.
 */
export function toJsonExport(overview: PlanOverview, options: JsonOptions = {}) {
  const { plan, round } = overview;
  const concept = options.concept
    ? { concept: { generatedAt: options.concept.toISOString(), label: conceptLabel(options.concept), public: false } }
    : {};
  return {
    ...concept,
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
