import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ChangeBadge } from '@/components/change-badge';
import { ChangeList } from '@/components/change-list';
import { ShiftSummary } from '@/components/shift-summary';
import { PlanHeader } from '@/components/plan-header';
import { CHANGE_KINDS } from '@/lib/plans/compare-rows';
import { findRoundChanges } from '@/lib/plans/find-round-changes';
import { lineLabel } from '@/lib/plans/line-label';
import { planUrls } from '@/lib/plans/plan-urls';
import { formatRoundDate } from '@/lib/rounds/format-round-date';
import { changesFilterSchema } from '@/lib/validation/plan-filters';
import { planSlugSchema, roundKeySchema } from '@/lib/validation/route-params';

export const revalidate = 3600;
export const generateStaticParams = () => [];

type Props = { params: Promise<{ slug: string; ronde: string; filter?: string[] }> };

async function loadChanges(params: Props['params']) {
  const { slug, ronde, filter } = await params;
  const planSlug = planSlugSchema.safeParse(slug);
  const roundKey = roundKeySchema.safeParse(ronde);
  const changesFilter = changesFilterSchema.safeParse(filter);
  if (!planSlug.success || !roundKey.success || !changesFilter.success) notFound();
  return (await findRoundChanges(planSlug.data, roundKey.data, changesFilter.data)) ?? notFound();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { plan, round, onlyShifted } = await loadChanges(params);
  return { title: `${onlyShifted ? 'Verschoven termijnen' : 'Wijzigingen'} — ${plan.title}, ${round.title}` };
}

export default async function ChangesPage({ params }: Props) {
  const changes = await loadChanges(params);
  const { plan, round, previousRound } = changes;
  return (
    <>
      <PlanHeader
        plan={{ ...plan, summary: '' }}
        rounds={changes.rounds}
        round={round}
        tab="wijzigingen"
        roundHref={(key) => planUrls.changes(plan.slug, key, { onlyShifted: changes.onlyShifted })}
      />
      {previousRound === null ? (
        <p className="mt-6">Dit is de eerste rapportage van dit plan: er is geen vorige om mee te vergelijken.</p>
      ) : (
        <>
          <p className="mt-6 max-w-3xl">
            <strong>{round.title}</strong> ({formatRoundDate(round)}) vergeleken met{' '}
            <strong>{previousRound.title}</strong> ({formatRoundDate(previousRound)}).
          </p>
          <ul aria-label="Aantal acties per soort wijziging" className="mt-4 flex flex-wrap gap-3">
            {CHANGE_KINDS.map((kind) => (
              <li key={kind} className="flex items-center gap-2 rounded bg-rijks-sky px-3 py-2">
                <ChangeBadge kind={kind} />
                <span className="text-lg font-semibold">{changes.counts[kind].toLocaleString('nl-NL')}</span>
              </li>
            ))}
          </ul>
          <ShiftSummary planSlug={plan.slug} roundKey={round.key} count={changes.shiftCount} onlyShifted={changes.onlyShifted} />
          {changes.onlyShifted && changes.lines.length === 0 && (
            <p className="mt-6">Geen enkele actie heeft in deze rapportage een verschoven termijn.</p>
          )}
          {changes.lines.map((line) => (
            <section key={line.id} aria-labelledby={`kop-${line.code}`} className="mt-10">
              <h2 id={`kop-${line.code}`} className="text-xl font-semibold text-rijks-blue">
                {lineLabel(line)}: {line.title}
              </h2>
              <ChangeList changes={line.changes} planSlug={plan.slug} roundKey={round.key} />
            </section>
          ))}
        </>
      )}
    </>
  );
}
