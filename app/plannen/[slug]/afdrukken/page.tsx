import type { Metadata } from 'next';
import Link from 'next/link';
import { BijlageDocument } from '@/components/bijlage-document';
import { BijlageWordForm } from '@/components/bijlage-word-form';
import { RoundExports } from '@/components/round-exports';
import { RoundPicker } from '@/components/round-picker';
import { planUrls } from '@/lib/plans/plan-urls';
import { requirePlanView } from '@/lib/views/require-plan-view';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ ronde?: string | string[] }> };

// The browser suggests the title as the PDF's file name.
export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { plan, round } = await requirePlanView(params, searchParams);
  return { title: `Bijlage ${plan.title} — ${round.title}` };
}

/** The bijlage as the ministry sends it to Parliament, laid out to print or save as PDF. */
export default async function PrintPage({ params, searchParams }: Props) {
  const overview = await requirePlanView(params, searchParams);
  const { plan, rounds, round } = overview;
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
        <BijlageWordForm action={`/plannen/${plan.slug}/export/docx`} hidden={{ ronde: round.key }} label="Word-bijlage downloaden" />
        <hr className="mt-6 border-slate-300" />
      </div>

      <BijlageDocument overview={overview} />
    </>
  );
}
