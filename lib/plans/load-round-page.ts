import 'server-only';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { findPlanOverview, type PlanOverview } from '@/lib/plans/find-plan-overview';
import { planViewSchema } from '@/lib/validation/plan-view';

// One load per request: generateMetadata and the page ask for the same overview.
const overviewOnce = cache((slug: string, roundKey: string | undefined, summariesOnlyAbove: number | undefined) =>
  findPlanOverview(slug, roundKey, { summariesOnlyAbove }),
);

/** Validates a plan and optional round key and loads the overview, or answers 404. */
export async function requireRoundOverview(
  input: { slug: unknown; ronde?: unknown },
  options: { summariesOnlyAbove?: number } = {},
): Promise<PlanOverview> {
  const view = planViewSchema.safeParse(input);
  if (!view.success) notFound();
  return (await overviewOnce(view.data.slug, view.data.ronde, options.summariesOnlyAbove)) ?? notFound();
}

/** The overview of a round page, from its path parameters (/plannen/[slug]/rondes/[ronde]/…). */
export async function loadRoundOverview(
  params: Promise<{ slug: string; ronde?: string }>,
  options: { summariesOnlyAbove?: number } = {},
) {
  return requireRoundOverview(await params, options);
}
