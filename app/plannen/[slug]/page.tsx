import type { Metadata } from 'next';
import { PlanRoundOverview } from '@/components/plan-round-overview';
import { INLINE_ACTION_LIMIT } from '@/lib/plans/find-plan-overview';
import { loadRoundOverview } from '@/lib/plans/load-round-page';

// Published rounds never change: cached until a round is published (revalidatePublicPages),
// and hourly, because "over tijd" in the latest round is measured against today.
export const revalidate = 3600;
export const generateStaticParams = () => [];

const OVERVIEW = { summariesOnlyAbove: INLINE_ACTION_LIMIT };

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { plan, round } = await loadRoundOverview(params, OVERVIEW);
  return { title: `${plan.title} — ${round.title}` };
}

export default async function LatestRoundPage({ params }: Props) {
  return <PlanRoundOverview overview={await loadRoundOverview(params, OVERVIEW)} />;
}
