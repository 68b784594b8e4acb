import type { Metadata } from 'next';
import { DeadlineTimeline } from '@/components/deadline-timeline';
import { PlanHeader } from '@/components/plan-header';
import { dateToIsoDate } from '@/lib/dates';
import { lineLabel } from '@/lib/plans/line-label';
import { loadRoundOverview } from '@/lib/plans/load-round-page';
import { planUrls } from '@/lib/plans/plan-urls';
import { timeAxis } from '@/lib/plans/time-axis';

export const revalidate = 3600;
export const generateStaticParams = () => [];

type Props = { params: Promise<{ slug: string; ronde: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { plan, round } = await loadRoundOverview(params);
  return { title: `Planning — ${plan.title}, ${round.title}` };
}

/** The round's actions on one time axis that covers all their periods, grouped by actielijn. */
export default async function DeadlinesPage({ params }: Props) {
  const overview = await loadRoundOverview(params);
  const { plan, round } = overview;
  const rows = overview.lines.flatMap((line) => line.actions);
  const axis = timeAxis(rows.map((row) => row.deadline), dateToIsoDate(round.date));
  const undated = rows.filter((row) => row.deadline.start === null && row.deadline.end === null);
  return (
    <>
      <PlanHeader plan={plan} rounds={overview.rounds} round={round} tab="planning" roundHref={(key) => planUrls.deadlines(plan.slug, key)} />
      <p className="mt-6 max-w-3xl text-muted">
        De periode komt uit de planningstekst van elke actie (bijvoorbeeld “voorjaar 2020” = maart–mei 2020). Een
        planning zonder begin (“t/m eind 2022”) loopt vanaf de datum van de rapportage. Acties zonder datum in de tekst
        staan onderaan.
      </p>
      {axis && (
        <p className="mt-2 max-w-3xl text-muted">
          De tijdlijn loopt van {axis.period}, één kolom per {axis.unit}: elke actie met een datum staat erop.
        </p>
      )}
      {axis &&
        overview.lines
          .filter((line) => line.actions.some((a) => a.deadline.start || a.deadline.end))
          .map((line) => (
            <section key={line.id} aria-labelledby={`kop-${line.code}`} className="mt-8">
              <h2 id={`kop-${line.code}`} className="text-xl font-semibold text-rijks-blue">
                {lineLabel(line)}: {line.title}
              </h2>
              <DeadlineTimeline
                caption={`Planning ${lineLabel(line)}: ${line.title}`}
                actions={line.actions.filter((a) => a.deadline.start || a.deadline.end)}
                axis={axis}
                planSlug={plan.slug}
                roundKey={round.key}
              />
            </section>
          ))}
      {undated.length > 0 && (
        <section aria-labelledby="kop-zonder-datum" className="mt-10">
          <h2 id="kop-zonder-datum" className="text-xl font-semibold">Zonder datum in de planning</h2>
          <ul className="mt-3 grid gap-2">
            {undated.map((row) => (
              <li key={row.actionId}>
                <a href={planUrls.action(plan.slug, row.actionId, round.key)}>{row.title}</a>{' '}
                <span className="text-muted">— {row.planning || 'geen planning vermeld'}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
