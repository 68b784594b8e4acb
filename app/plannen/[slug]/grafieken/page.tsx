import type { Metadata } from 'next';
import Link from 'next/link';
import { StatusByLineChart } from '@/components/charts/status-by-line-chart';
import { StatusOverRoundsChart } from '@/components/charts/status-over-rounds-chart';
import { RoundExports } from '@/components/round-exports';
import { RoundPicker } from '@/components/round-picker';
import { findStatusTrend } from '@/lib/plans/find-status-trend';
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
  const trend = await findStatusTrend(plan.slug);
  return (
    <>
      <nav aria-label="Kruimelpad" className="text-sm">
        <Link href="/">Plannen</Link> / <Link href={planUrls.round(plan.slug, round.key)}>{plan.title}</Link> /{' '}
        <span aria-current="page">Grafieken</span>
      </nav>
      <h1 className="mt-4 text-3xl font-semibold text-rijks-blue">Grafieken: {plan.title}</h1>
      <RoundPicker planSlug={plan.slug} rounds={rounds} current={round} href={(key) => planUrls.charts(plan.slug, key)} />
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
    </>
  );
}
