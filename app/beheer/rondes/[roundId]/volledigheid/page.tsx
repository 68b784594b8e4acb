import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CompletenessGroupSection } from '@/components/review/completeness-group';
import { RoundStateBadge } from '@/components/round-state-badge';
import { requireMinistryEditor } from '@/lib/auth/session';
import { COMPLETENESS_LABELS } from '@/lib/rounds/completeness';
import { findRoundCompleteness } from '@/lib/rounds/find-round-completeness';
import { idField } from '@/lib/validation/fields';

export const metadata: Metadata = { title: 'Volledigheid van de rapportage' };
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ roundId: string }> };

/** The ministry's dashboard during a round: what is still missing, per organisation and per actielijn. */
export default async function RoundCompletenessPage({ params }: Props) {
  const { roundId } = await params;
  const user = await requireMinistryEditor(`/beheer/rondes/${roundId}/volledigheid`);
  const id = idField.safeParse(roundId);
  if (!id.success) notFound();
  const completeness = await findRoundCompleteness({ user, roundId: id.data });
  if (!completeness) notFound();
  const { round, counts, organisations, lines } = completeness;
  const links = { roundId: round.id, canEditTexts: completeness.canEditTexts };
  const openTotal = counts.reduce((sum, { count }) => sum + count, 0);

  return (
    <>
      <nav aria-label="Kruimelpad" className="text-sm">
        <Link href="/beheer">Beheer</Link> <span aria-hidden>›</span>{' '}
        <Link href={`/beheer/plannen/${round.plan.id}`}>{round.plan.title}</Link> <span aria-hidden>›</span>{' '}
        <Link href={`/beheer/rondes/${round.id}`}>{round.title}</Link>
      </nav>
      <div className="mt-2 flex flex-wrap items-baseline gap-3">
        <h1 className="text-3xl font-semibold text-rijks-blue">Volledigheid: {round.title}</h1>
        <RoundStateBadge state={round.state} />
      </div>
      <p className="mt-2 max-w-3xl text-muted">
        Wat er nog ontbreekt voordat deze rapportage openbaar wordt, voor {completeness.total} acties
        {completeness.discontinued > 0 && ` (${completeness.discontinued} niet meer gerapporteerd, niet meegeteld)`}. Elk punt
        linkt naar de plek waar het wordt opgelost.
      </p>

      <section aria-labelledby="per-categorie" className="mt-6">
        <h2 id="per-categorie" className="text-2xl font-semibold">
          Openstaande punten
        </h2>
        {openTotal === 0 && <p className="mt-2">Niets meer open: elke actie is bijgewerkt, goedgekeurd en heeft een planning met datum.</p>}
        <ul className="mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
          {counts.map(({ category, count }) => (
            <li
              key={category}
              className={`rounded-sm border px-3 py-2 ${count > 0 ? 'border-amber-700 bg-amber-50' : 'border-slate-300 bg-white text-muted'}`}
            >
              <span className="block text-2xl font-semibold">{count}</span> {COMPLETENESS_LABELS[category]}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="per-organisatie" className="mt-8">
        <h2 id="per-organisatie" className="text-2xl font-semibold">
          Per organisatie
        </h2>
        <p className="mt-1 text-sm text-muted">Een actie van meer organisaties staat bij elk van hen.</p>
        <div className="mt-3 grid gap-3">
          {organisations.map((organisation) => (
            <CompletenessGroupSection
              key={organisation.abbreviation ?? ''}
              heading={organisation.abbreviation ? `${organisation.abbreviation} (${organisation.name})` : organisation.name}
              group={organisation}
              links={links}
            />
          ))}
        </div>
      </section>

      <section aria-labelledby="per-actielijn" className="mt-8">
        <h2 id="per-actielijn" className="text-2xl font-semibold">
          Per actielijn
        </h2>
        <div className="mt-3 grid gap-3">
          {lines.map((line) => (
            <CompletenessGroupSection key={line.code} heading={`${line.code}. ${line.title}`} group={line} links={links} />
          ))}
        </div>
      </section>
    </>
  );
}
