import 'server-only';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { findPlanOverview } from '@/lib/plans/find-plan-overview';
import { planSlugSchema, roundKeySchema } from '@/lib/validation/route-params';

// One load per request: generateMetadata and the page ask for the same overview.
const overviewOnce = cache((slug: string, roundKey: string | undefined, summariesOnlyAbove: number | undefined) =>
  findPlanOverview(slug, roundKey, { summariesOnlyAbove }),
);

/** Validates a round page's path parameters and loads its overview, or answers 404. */
export async function loadRoundOverview(
  params: Promise<{ slug: string; ronde?: string }>,
  options: { summariesOnlyAbove?: number } = {},
) {
  const { slug, ronde } = await params;
  const planSlug = planSlugSchema.safeParse(slug);
  const roundKey = ronde === undefined ? undefined : roundKeySchema.safeParse(ronde);
  if (!planSlug.success || (roundKey && !roundKey.success)) notFound();
  return (await overviewOnce(planSlug.data, roundKey?.data, options.summariesOnlyAbove)) ?? notFound();
}
