import type { Metadata } from 'next';
import Link from 'next/link';
import { BijlageLine } from '@/components/bijlage-line';
import { RoundExports } from '@/components/round-exports';
import { RoundPicker } from '@/components/round-picker';
import { planUrls } from '@/lib/plans/plan-urls';
import { formatRoundDate } from '@/lib/rounds/format-round-date';
import { requirePlanView } from '@/lib/views/require-plan-view';
import './print.css';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ ronde?: string | string[] }> };

// The browser suggests the title as the PDF's file name.
export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { plan, round } = await requirePlanView(params, searchParams);
  return { title: `Bijlage ${plan.title} — ${round.title}` };
}

/** The bijlage as the ministry sends it to Parliament, laid out to print or save as PDF. */
export default async function PrintPage({ params, searchParams }: Props) {
  const { plan, rounds, round, lines } = await requirePlanView(params, searchParams);
  return (
    <>
      <div className="print:hidden">
        <nav aria-label="Kruimelpad" className="text-sm">
          <Link href="/">Plannen</Link> / <Link href={planUrls.round(plan.slug, round.key)}>{plan.title}</Link> /{' '}
          <span aria-current="page">Afdrukken</span>
        </nav>
        <RoundPicker planSlug={plan.slug} rounds={rounds} current={round} href={(key) => planUrls.print(plan.slug, key)} />
        <p className="mt-4 max-w-3xl rounded bg-rijks-sky p-3 text-sm">
          Deze pagina is opgemaakt om af te drukken. Kies <kbd>Ctrl</kbd>+<kbd>P</kbd> (Mac: <kbd>⌘</kbd>+<kbd>P</kbd>) en
          daarna een printer of ‘Opslaan als PDF’. Of download de bijlage als Word-document:
        </p>
        <RoundExports planSlug={plan.slug} roundKey={round.key} />
        <hr className="mt-6 border-slate-300" />
      </div>

      <article lang="nl" className="bijlage mt-6 max-w-4xl print:mt-0">
        <h1 className="text-3xl font-semibold text-rijks-blue print:text-[18pt]">{plan.title}</h1>
        <p className="mt-2 text-lg print:text-[12pt]">
          Bijlage: {round.title} ({formatRoundDate(round)})
        </p>
        {lines.map((line) => (
          <BijlageLine key={line.id} line={line} />
        ))}
      </article>
    </>
  );
}
