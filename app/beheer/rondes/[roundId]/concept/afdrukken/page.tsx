import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { BijlageDocument } from '@/components/bijlage-document';
import { ConceptDownloads } from '@/components/review/concept-downloads';
import { requireMinistryEditor } from '@/lib/auth/session';
import { conceptLabel } from '@/lib/exports/concept-stamp';
import { findConceptOverview } from '@/lib/plans/find-concept-overview';
import { planUrls } from '@/lib/plans/plan-urls';
import { idField } from '@/lib/validation/fields';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ roundId: string }> };

// One load per request: generateMetadata and the page ask for the same concept.
const loadConcept = cache(async (roundId: string) => {
  const user = await requireMinistryEditor(`/beheer/rondes/${roundId}/concept/afdrukken`);
  const id = idField.safeParse(roundId);
  if (!id.success) notFound();
  const view = await findConceptOverview({ user, roundId: id.data });
  if (!view) notFound();
  // Once published, the bijlage is the public one.
  if (view.kind === 'published') redirect(planUrls.print(view.planSlug, view.roundKey));
  return { ...view, label: conceptLabel(new Date()) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { overview } = await loadConcept((await params).roundId);
  // The browser suggests the title as the PDF's file name.
  return { title: `CONCEPT bijlage ${overview.plan.title} — ${overview.round.title}`, robots: { index: false, follow: false } };
}

/** A round not yet published as its bijlage will read, marked CONCEPT on every page, for sign-off. */
export default async function ConceptPrintPage({ params }: Props) {
  const { roundId, overview, label } = await loadConcept((await params).roundId);
  return (
    <>
      <div className="print:hidden">
        <nav aria-label="Kruimelpad" className="text-sm">
          <Link href="/beheer">Beheer</Link> <span aria-hidden>›</span>{' '}
          <Link href={`/beheer/rondes/${roundId}`}>{overview.round.title}</Link> <span aria-hidden>›</span>{' '}
          <span aria-current="page">Conceptbijlage</span>
        </nav>
        <p className="mt-4 max-w-3xl rounded bg-rijks-sky p-3 text-sm">
          Dit is de bijlage zoals zij nu zou luiden, voor de afstemming van de brief. Zij is niet openbaar. Afdrukken of
          ‘Opslaan als PDF’ met <kbd>Ctrl</kbd>+<kbd>P</kbd> (Mac: <kbd>⌘</kbd>+<kbd>P</kbd>): elke pagina draagt
          ‘CONCEPT’ en het tijdstip.
        </p>
        <ConceptDownloads roundId={roundId} />
        <hr className="mt-6 border-slate-300" />
      </div>
      <BijlageDocument overview={overview} concept={label} />
    </>
  );
}
