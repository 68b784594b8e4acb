import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LineSectionView } from '@/components/line-section';
import { RoundPicker } from '@/components/round-picker';
import { findPlanOverview } from '@/lib/plans/find-plan-overview';
import { formatRoundDate } from '@/lib/rounds/format-round-date';
import { planSlugSchema, roundKeySchema } from '@/lib/validation/route-params';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ ronde?: string | string[] }> };

async function loadOverview({ params, searchParams }: Props) {
  const [{ slug }, { ronde }] = await Promise.all([params, searchParams]);
  const planSlug = planSlugSchema.safeParse(slug);
  const roundKey = ronde === undefined ? undefined : roundKeySchema.safeParse(ronde);
  if (!planSlug.success || (roundKey && !roundKey.success)) notFound();
  return (await findPlanOverview(planSlug.data, roundKey?.data)) ?? notFound();
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { plan, round } = await loadOverview(props);
  return { title: `${plan.title} — ${round.title}` };
}

export default async function PlanPage(props: Props) {
  const overview = await loadOverview(props);
  const { plan, round, rounds, lines } = overview;
  const actionCount = lines.reduce((sum, line) => sum + line.actions.length, 0);
  return (
    <>
      <h1 className="text-3xl font-semibold text-rijks-blue">{plan.title}</h1>
      {plan.summary && <p className="mt-3 max-w-3xl text-lg text-muted">{plan.summary}</p>}
      <RoundPicker planSlug={plan.slug} rounds={rounds} current={round} />
      <p className="mt-4 text-sm text-muted">
        Getoond: <strong className="text-ink">{round.title}</strong> ({formatRoundDate(round)}),{' '}
        {actionCount.toLocaleString('nl-NL')} acties.
      </p>
      <nav aria-label="Actielijnen in deze rapportage" className="mt-6 rounded bg-rijks-sky p-4">
        <h2 className="font-semibold">Actielijnen</h2>
        <ol className="mt-2 grid gap-1">
          {lines.map((line) => (
            <li key={line.id} className={line.parentId === null ? '' : 'ml-5'}>
              <a href={`#lijn-${line.code}`}>
                {line.code}. {line.title}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {lines.map((line) => (
        <LineSectionView key={line.id} line={line} planSlug={plan.slug} roundKey={round.key} />
      ))}
    </>
  );
}
