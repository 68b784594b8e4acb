import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LineSectionView } from '@/components/line-section';
import { PlanHeader } from '@/components/plan-header';
import { lineLabel } from '@/lib/plans/line-label';
import { loadRoundOverview } from '@/lib/plans/load-round-page';
import { planUrls } from '@/lib/plans/plan-urls';
import { lineCodeSchema } from '@/lib/validation/route-params';

export const revalidate = 3600;
export const generateStaticParams = () => [];

type Props = { params: Promise<{ slug: string; ronde: string; code: string }> };

async function loadLine(params: Props['params']) {
  const overview = await loadRoundOverview(params);
  const code = lineCodeSchema.safeParse((await params).code);
  // Codes are shown as written (A1); an address typed as /lijnen/a1 finds the line too.
  const shown = overview.lines.filter((l) => l.actions.length > 0);
  const line = code.success
    ? (shown.find((l) => l.code === code.data) ?? shown.find((l) => l.code.toUpperCase() === code.data.toUpperCase()))
    : undefined;
  return line ? { overview, line } : notFound();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { overview, line } = await loadLine(params);
  return { title: `${lineLabel(line)} — ${overview.plan.title}, ${overview.round.title}` };
}

/** One actielijn of a round: the page a large plan's tables are split into. */
export default async function LinePage({ params }: Props) {
  const { overview, line } = await loadLine(params);
  const { plan, round } = overview;
  return (
    <>
      <PlanHeader
        plan={plan}
        rounds={overview.rounds}
        round={round}
        tab="overzicht"
        roundHref={(key) => planUrls.line(plan.slug, key, line.code)}
      />
      <p className="mt-4">
        <a href={planUrls.round(plan.slug, round.key)}>← Alle actielijnen van deze rapportage</a>
      </p>
      <LineSectionView line={line} planSlug={plan.slug} roundKey={round.key} />
    </>
  );
}
