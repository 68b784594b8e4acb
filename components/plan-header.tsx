import { PlanTabs, type PlanTab } from '@/components/plan-tabs';
import { RoundPicker } from '@/components/round-picker';
import type { PublicRound } from '@/lib/rounds/published-round';

type Props = {
  plan: { slug: string; title: string; summary: string };
  rounds: PublicRound[];
  round: PublicRound;
  tab: PlanTab;
  roundHref?: (roundKey: string) => string;
};

/** Title, round picker and the tabs of every page about one round of a plan. */
export function PlanHeader({ plan, rounds, round, tab, roundHref }: Props) {
  return (
    <header>
      <h1 className="text-3xl font-semibold text-rijks-blue">{plan.title}</h1>
      {plan.summary && <p className="mt-3 max-w-3xl text-lg text-muted">{plan.summary}</p>}
      <RoundPicker planSlug={plan.slug} rounds={rounds} current={round} href={roundHref} />
      <PlanTabs planSlug={plan.slug} roundKey={round.key} active={tab} />
    </header>
  );
}
