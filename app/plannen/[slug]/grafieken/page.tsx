import type { Metadata } from 'next';
import { SlipChart } from '@/components/charts/slip-chart';
import { StatusByLineChart } from '@/components/charts/status-by-line-chart';
import { StatusOverRoundsChart } from '@/components/charts/status-over-rounds-chart';
import { PlanHeader } from '@/components/plan-header';
import { RoundExports } from '@/components/round-exports';
import { dateToIsoDate } from '@/lib/dates';
import { findPlannedEnds } from '@/lib/plans/find-planned-ends';
import { findStatusTrend } from '@/lib/plans/find-status-trend';
import { lineLabel } from '@/lib/plans/line-label';
import { hasPlannedEnds, slipInputFor } from '@/lib/plans/slip-chart';
import { planUrls } from '@/lib/plans/plan-urls';
import { requirePlanView } from '@/lib/views/require-plan-view';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ ronde?: string | string[] }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { plan, round } = await requirePlanView(params, searchParams);
  return { title: `Grafieken: ${plan.title} — ${round.title}` };
}

export default async function ChartsPage({ params, searchParams }: Props) {
  const overview = await requirePlanView(params, searchParams);
  const { plan, rounds, round, lines } = overview;
  const [trend, plannedEnds] = await Promise.all([findStatusTrend(plan.slug), findPlannedEnds(plan.slug)]);
  // The rounds up to the one shown, oldest first: a slip chart looks back from that report.
  const slipRounds = rounds
    .slice(0, rounds.findIndex((r) => r.id === round.id) + 1)
    .map((r) => ({ id: r.id, key: r.key, title: r.title, date: dateToIsoDate(r.date) }));
  const slipLines = lines
    .map((line) => ({ line, input: slipInputFor(slipRounds, line.actions, plannedEnds) }))
    .filter(({ input }) => hasPlannedEnds(input));
  return (
    <>
      <PlanHeader plan={plan} rounds={rounds} round={round} tab="grafieken" roundHref={(key) => planUrls.charts(plan.slug, key)} />
      <RoundExports planSlug={plan.slug} roundKey={round.key} />

      <section aria-labelledby="per-lijn" className="mt-10">
        <h2 id="per-lijn" className="text-2xl font-semibold text-rijks-blue">Status per actielijn</h2>
        <p className="mt-1 mb-4 max-w-3xl text-muted">
          Per actielijn het aantal acties met elke status in {round.title}. Elk vlak toont het symbool van de status en het aantal.
        </p>
        <StatusByLineChart round={round} lines={lines} />
      </section>

      <section aria-labelledby="verloop" className="mt-10">
        <h2 id="verloop" className="text-2xl font-semibold text-rijks-blue">Verloop over de rapportages</h2>
        <p className="mt-1 mb-4 max-w-3xl text-muted">
          Hoe de status van alle acties van het plan zich per gepubliceerde rapportage ontwikkelde.
        </p>
        <StatusOverRoundsChart trend={trend} />
      </section>

      <section aria-labelledby="termijnverloop" className="mt-10">
        <h2 id="termijnverloop" className="text-2xl font-semibold text-rijks-blue">Termijnverloop per actielijn</h2>
        <p className="mt-1 mb-4 max-w-3xl text-muted">
          Per actielijn de acties van {round.title} met de einddatum die elke rapportage tot en met deze noemde. Een lijn die
          stijgt is een termijn die verschoof.
        </p>
        <div className="grid gap-6">
          {slipLines.map(({ line, input }) => (
            <SlipChart key={line.id} caption={`Termijnverloop ${lineLabel(line)}: ${line.title}`} input={input} />
          ))}
        </div>
      </section>
    </>
  );
}
