import Link from 'next/link';
import { findPublishedPlans } from '@/lib/plans/find-plans';
import { formatRoundDate } from '@/lib/rounds/format-round-date';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const plans = await findPublishedPlans();
  return (
    <>
      <h1 className="text-3xl font-semibold text-rijks-blue">Voortgang actieplannen</h1>
      <p className="mt-3 max-w-3xl text-lg text-muted">
        Hoe staat het met de acties die ministeries en partnerorganisaties samen hebben afgesproken? Per plan de stand
        van zaken uit elke voortgangsrapportage aan de Tweede Kamer.
      </p>
      <h2 className="mt-10 text-xl font-semibold">Plannen</h2>
      {plans.length === 0 ? (
        <p className="mt-4">Er zijn nog geen gepubliceerde plannen.</p>
      ) : (
        <ul className="mt-4 grid gap-4">
          {plans.map((plan) => (
            <li key={plan.slug} className="rounded border border-slate-200 p-5 shadow-sm">
              <h3 className="text-xl font-semibold">
                <Link href={`/plannen/${plan.slug}`}>{plan.title}</Link>
              </h3>
              {plan.summary && <p className="mt-2 max-w-3xl text-muted">{plan.summary}</p>}
              <dl className="mt-3 flex flex-wrap gap-x-8 gap-y-1 text-sm">
                <div>
                  <dt className="inline font-semibold">Laatste rapportage: </dt>
                  <dd className="inline">
                    {plan.latestRound.title} ({formatRoundDate(plan.latestRound)})
                  </dd>
                </div>
                <div>
                  <dt className="inline font-semibold">Acties: </dt>
                  <dd className="inline">{plan.actionCount.toLocaleString('nl-NL')}</dd>
                </div>
                <div>
                  <dt className="inline font-semibold">Rapportages: </dt>
                  <dd className="inline">{plan.roundCount.toLocaleString('nl-NL')}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
      <h2 className="mt-10 text-xl font-semibold">Organisaties</h2>
      <p className="mt-2">
        Wie doet wat? <Link href="/organisaties">Bekijk de acties per organisatie</Link>, met de stand uit de laatste
        rapportage.
      </p>
    </>
  );
}
