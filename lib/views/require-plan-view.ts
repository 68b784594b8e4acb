import 'server-only';
import type { PlanOverview } from '@/lib/plans/find-plan-overview';
import { requireRoundOverview } from '@/lib/plans/load-round-page';

/**
 * The overview a page of /plannen/[slug]/… shows: `?ronde=` picks the round, the latest published
 * one without it. A malformed or unknown plan or round is a 404 page.
 */
export async function requirePlanView(
  params: Promise<{ slug: string }>,
  searchParams: Promise<{ ronde?: string | string[] }>,
): Promise<PlanOverview> {
  const [{ slug }, { ronde }] = await Promise.all([params, searchParams]);
  return requireRoundOverview({ slug, ronde });
}
