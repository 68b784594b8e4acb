import 'server-only';
import { notFound } from 'next/navigation';
import { findPlanOverview } from '@/lib/plans/find-plan-overview';
import { planSlugSchema, roundKeySchema } from '@/lib/validation/route-params';

/** Validates a round page's path parameters and loads its overview, or answers 404. */
export async function loadRoundOverview(
  params: Promise<{ slug: string; ronde?: string }>,
  options?: Parameters<typeof findPlanOverview>[2],
) {
  const { slug, ronde } = await params;
  const planSlug = planSlugSchema.safeParse(slug);
  const roundKey = ronde === undefined ? undefined : roundKeySchema.safeParse(ronde);
  if (!planSlug.success || (roundKey && !roundKey.success)) notFound();
  return (await findPlanOverview(planSlug.data, roundKey?.data, options)) ?? notFound();
}
