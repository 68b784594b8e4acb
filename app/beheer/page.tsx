import type { Metadata } from 'next';
import Link from 'next/link';
import { CreateRoundForm } from '@/components/admin/create-round-form';
import { RoundStateBadge } from '@/components/round-state-badge';
import { requireMinistryEditor } from '@/lib/auth/session';
import { dateToIsoDate, formatDutchDate, isoDateToDate } from '@/lib/dates';
import { findPlansForEditing } from '@/lib/plan-editing/find-plans-for-editing';

export const metadata: Metadata = { title: 'Beheer' };
export const dynamic = 'force-dynamic';

/** The ministry's overview: every plan with its rounds, where each review stands, a new round. */
export default async function AdminPage() {
  const user = await requireMinistryEditor('/beheer');
  const plans = await findPlansForEditing({ user });
  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-3xl font-semibold text-rijks-blue">Plannen en rapportagerondes</h1>
        <Link href="/beheer/plannen/nieuw" className="font-semibold">
          Nieuw plan
        </Link>
      </div>
      <p className="mt-2 text-muted">
        Een ronde gaat van <em>concept</em> naar <em>open voor invoer</em> (partners werken hun acties bij), <em>gesloten</em>{' '}
        (u rondt de controle af) en <em>gepubliceerd</em> (openbaar, en daarna onveranderlijk).
      </p>
      {plans.map((plan) => {
        const running = plan.rounds.find((r) => r.state !== 'PUBLISHED');
        return (
          <section key={plan.id} aria-labelledby={`plan-${plan.id}`} className="mt-8 rounded-sm border border-slate-300 bg-white">
            <header className="flex flex-wrap items-baseline justify-between gap-3 border-b border-slate-200 bg-rijks-sky/60 px-4 py-3">
              <h2 id={`plan-${plan.id}`} className="text-xl font-semibold">
                {plan.title}
              </h2>
              <Link href={`/beheer/plannen/${plan.id}`}>
                Actielijnen en acties beheren<span className="sr-only"> ({plan.title})</span>
              </Link>
            </header>
            <div className="overflow-x-auto p-4">
              <table className="w-full border-collapse text-left">
                <caption className="sr-only">Rapportagerondes van {plan.title}</caption>
                <thead>
                  <tr className="border-b-2 border-rijks-blue">
                    <th scope="col" className="p-2">Ronde</th>
                    <th scope="col" className="p-2">Datum</th>
                    <th scope="col" className="p-2">Stand</th>
                    <th scope="col" className="p-2">Controle</th>
                  </tr>
                </thead>
                <tbody>
                  {plan.rounds.map((round) => (
                    <tr key={round.id} className="border-b border-slate-200">
                      <th scope="row" className="p-2 font-normal">
                        <Link href={`/beheer/rondes/${round.id}`} className="font-semibold">
                          {round.title}
                        </Link>
                      </th>
                      <td className="whitespace-nowrap p-2">{formatDutchDate(isoDateToDate(round.date))}</td>
                      <td className="p-2">
                        <RoundStateBadge state={round.state} />
                      </td>
                      <td className="p-2 text-sm">
                        {round.state === 'PUBLISHED'
                          ? `${round.entryCount} acties`
                          : round.state === 'DRAFT'
                            ? 'nog niet geopend'
                            : `${round.readyCount} klaar voor controle, ${round.approvedCount} van ${round.entryCount} goedgekeurd`}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <div className="mt-6">
                {running ? (
                  <p className="text-sm text-muted">
                    Een nieuwe ronde kan pas als ‘{running.title}’ is gepubliceerd.
                  </p>
                ) : (
                  <CreateRoundForm planId={plan.id} planTitle={plan.title} defaultDate={dateToIsoDate(new Date())} />
                )}
              </div>
            </div>
          </section>
        );
      })}
    </>
  );
}
