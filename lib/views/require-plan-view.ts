import 'server-only';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { findPlanOverview, type PlanOverview } from '@/lib/plans/find-plan-overview';
import { planViewSchema } from '@/lib/validation/plan-view';

// Metadata and page of one request ask for the same overview: query once.
const findOverviewOnce = cache(findPlanOverview);

/**
 * The overview a page of /plannen/[slug]/… shows: `?ronde=` picks the round, the latest published
 * one without it. A malformed or unknown plan or round is a 404 page.
 */
export async function requirePlanView(
  params: Promise<{ slug: string }>,
  searchParams: Promise<{ ronde?: string | string[] }>,
): Promise<PlanOverview> {
  const [{ slug }, { ronde }] = await Promise.all([params, searchParams]);
  const view = planViewSchema.safeParse({ slug, ronde });
  if (!view.success) notFound();
  return (await findOverviewOnce(view.data.slug, view.data.ronde)) ?? notFound();
}
