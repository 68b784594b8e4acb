import type { Metadata } from 'next';
import Link from 'next/link';
import { findPublicOrganisations } from '@/lib/organisations/find-organisation-actions';
import { planUrls } from '@/lib/plans/plan-urls';

export const metadata: Metadata = { title: 'Organisaties' };
export const dynamic = 'force-dynamic';

export default async function OrganisationsPage() {
  const organisations = await findPublicOrganisations();
  return (
    <>
      <h1 className="text-3xl font-semibold text-rijks-blue">Organisaties</h1>
      <p className="mt-3 max-w-3xl text-lg text-muted">Wie is waarvoor verantwoordelijk? Kies een organisatie voor al haar acties.</p>
      <ul className="mt-6 grid gap-2 sm:grid-cols-2">
        {organisations.map((org) => (
          <li key={org.abbreviation} className="rounded border border-slate-200 p-3">
            <Link href={planUrls.organisation(org.abbreviation)} className="font-semibold">
              {org.abbreviation}
            </Link>{' '}
            — {org.name} <span className="text-muted">({org.actionCount.toLocaleString('nl-NL')} acties)</span>
          </li>
        ))}
      </ul>
    </>
  );
}
