import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DeadlineText } from '@/components/deadline-text';
import { stacked } from '@/components/stacked-table';
import { StatusBadge } from '@/components/status-badge';
import { findOrganisationActions } from '@/lib/organisations/find-organisation-actions';
import { lineLabel } from '@/lib/plans/line-label';
import { planUrls } from '@/lib/plans/plan-urls';
import { organisationAbbreviationSchema } from '@/lib/validation/route-params';

export const revalidate = 3600;
export const generateStaticParams = () => [];

type Props = { params: Promise<{ afkorting: string }> };

async function load(params: Props['params']) {
  const abbreviation = organisationAbbreviationSchema.safeParse(decodeURIComponent((await params).afkorting));
  if (!abbreviation.success) notFound();
  return (await findOrganisationActions(abbreviation.data)) ?? notFound();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { organisation } = await load(params);
  return { title: `${organisation.abbreviation} — ${organisation.name}` };
}

export default async function OrganisationPage({ params }: Props) {
  const { organisation, actions } = await load(params);
  return (
    <>
      <nav aria-label="Kruimelpad" className="text-sm">
        <Link href="/organisaties">Organisaties</Link> / <span aria-current="page">{organisation.abbreviation}</span>
      </nav>
      <h1 className="mt-4 text-3xl font-semibold text-rijks-blue">
        {organisation.name} <span className="text-muted">({organisation.abbreviation})</span>
      </h1>
      <p className="mt-3 text-lg">
        Verantwoordelijk voor {actions.length.toLocaleString('nl-NL')} {actions.length === 1 ? 'actie' : 'acties'}, waarvan{' '}
        {actions.filter((a) => a.isLead).length.toLocaleString('nl-NL')} als trekker naast andere organisaties.
      </p>
      {actions.length > 0 && (
        <div className="relative mt-6 overflow-x-auto">
          <table className={`w-full border-collapse text-left align-top ${stacked.table}`}>
            <caption className="sr-only">Acties van {organisation.name}, met de stand uit de laatste rapportage</caption>
            <thead className={stacked.head}>
              <tr className="border-b-2 border-rijks-blue bg-rijks-sky">
                <th scope="col" className="p-3">Actie</th>
                <th scope="col" className="p-3">Plan en actielijn</th>
                <th scope="col" className="p-3">Status</th>
                <th scope="col" className="p-3">Wanneer</th>
                <th scope="col" className="p-3">Laatst gerapporteerd</th>
              </tr>
            </thead>
            <tbody className={stacked.body}>
              {actions.map((action) => (
                <tr key={action.id} className={`border-b border-slate-200 align-top ${stacked.card}`}>
                  <th scope="row" className={`p-3 font-normal ${stacked.cell} ${stacked.wide}`}>
                    <Link href={planUrls.action(action.plan.slug, action.id, action.round.key)}>{action.title}</Link>
                    {action.isLead && <span className="ml-2 text-sm text-muted">(trekker)</span>}
                  </th>
                  <td className={`p-3 ${stacked.cell} ${stacked.wide} ${stacked.label}`} data-label="Plan en actielijn">
                    <Link href={planUrls.plan(action.plan.slug)}>{action.plan.title}</Link>
                    <div className="text-sm text-muted">{lineLabel(action.line)}: {action.line.title}</div>
                  </td>
                  <td className={`p-3 ${stacked.cell} ${stacked.label}`} data-label="Status">
                    <StatusBadge status={action.status} />
                  </td>
                  <td className={`p-3 ${stacked.cell} ${stacked.label}`} data-label="Wanneer">
                    <DeadlineText planning={action.planning} deadline={action.deadline} />
                  </td>
                  <td className={`p-3 ${stacked.cell} ${stacked.wide} ${stacked.label}`} data-label="Laatst gerapporteerd">
                    {action.round.title}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
