import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionTimeline } from '@/components/action-timeline';
import { SlipChart } from '@/components/charts/slip-chart';
import { OrganisationList } from '@/components/organisation-list';
import { RoundHighlighter } from '@/components/round-highlighter';
import { findActionHistory } from '@/lib/actions/find-action-history';
import { dateToIsoDate } from '@/lib/dates';
import { lineLabel } from '@/lib/plans/line-label';
import { hasPlannedEnds, type SlipInput } from '@/lib/plans/slip-chart';
import { actionIdSchema, planSlugSchema } from '@/lib/validation/route-params';

// Cached like the plan pages; `?ronde=` only highlights a round, in the browser (RoundHighlighter),
// so every permalink to this action is served from the same cached page.
export const revalidate = 3600;
export const generateStaticParams = () => [];

type Props = { params: Promise<{ slug: string; id: string }> };

async function loadAction(params: Props['params']) {
  const { slug, id } = await params;
  const planSlug = planSlugSchema.safeParse(slug);
  const actionId = actionIdSchema.safeParse(id);
  if (!planSlug.success || !actionId.success) notFound();
  return (await findActionHistory(planSlug.data, actionId.data)) ?? notFound();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const action = await loadAction(params);
  return { title: `${action.title} — ${action.plan.title}` };
}

export default async function ActionPage({ params }: Props) {
  const action = await loadAction(params);
  const reports = [...action.history].reverse(); // oldest first
  const slip: SlipInput = {
    rounds: reports.map((report) => ({ key: report.round.key, label: report.round.title, date: dateToIsoDate(report.round.date) })),
    series: [{ key: String(action.id), label: action.title, ends: reports.map((report) => report.deadline.end) }],
  };
  return (
    <>
      <nav aria-label="Kruimelpad" className="text-sm">
        <ol className="flex flex-wrap gap-1">
          <li>
            <Link href="/">Plannen</Link> /
          </li>
          <li>
            <Link href={`/plannen/${action.plan.slug}`}>{action.plan.title}</Link> /
          </li>
          <li aria-current="page">Actie</li>
        </ol>
      </nav>
      <h1 className="mt-4 text-3xl font-semibold text-rijks-blue">{action.title}</h1>
      <dl className="mt-4 grid max-w-3xl gap-2 sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold">Verantwoordelijk</dt>
        <dd>
          <OrganisationList organisations={action.responsible} />
        </dd>
        <dt className="font-semibold">Actielijn</dt>
        <dd>
          {lineLabel(action.line)}: {action.line.title}
        </dd>
      </dl>
      {action.description && <p className="mt-4 max-w-3xl whitespace-pre-line">{action.description}</p>}
      <h2 className="mt-10 text-2xl font-semibold">Verloop per rapportage</h2>
      <p className="mt-1 text-muted">Nieuwste rapportage eerst. Elke rapportage toont de tekst zoals die aan de Kamer is gestuurd.</p>
      <ActionTimeline history={action.history} discontinued={action.discontinued} />
      {hasPlannedEnds(slip) && (
        <section aria-labelledby="termijnverloop" className="mt-10">
          <h2 id="termijnverloop" className="text-2xl font-semibold">Termijnverloop</h2>
          <p className="mt-1 mb-4 max-w-3xl text-muted">
            Per rapportage de einddatum die deze actie toen had: zo is te zien of en hoe ver de termijn verschoof.
          </p>
          <SlipChart caption={`Geplande einddatum per rapportage: ${action.title}`} input={slip} showKey={false} />
        </section>
      )}
      <RoundHighlighter />
    </>
  );
}
