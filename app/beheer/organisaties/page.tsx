import type { Metadata } from 'next';
import { OrganisationForm } from '@/components/admin/organisation-form';
import { requireMinistryEditor } from '@/lib/auth/session';
import { findOrganisationsForEditing } from '@/lib/organisations/find-organisations-for-editing';

export const metadata: Metadata = { title: 'Organisaties' };
export const dynamic = 'force-dynamic';

export default async function OrganisationsPage() {
  const user = await requireMinistryEditor('/beheer/organisaties');
  const organisations = await findOrganisationsForEditing({ user });
  return (
    <>
      <h1 className="text-3xl font-semibold text-rijks-blue">Organisaties</h1>
      <p className="mt-2 max-w-3xl text-muted">
        De ministeries en partners die verantwoordelijk zijn voor acties. Partnerredacteuren horen bij precies één organisatie.
      </p>
      <ul className="mt-6 grid gap-3">
        {organisations.map((organisation) => (
          <li key={organisation.id} className="rounded-sm border border-slate-300 bg-white p-4">
            <details>
              <summary className="cursor-pointer">
                <strong>{organisation.abbreviation}</strong> — {organisation.name}{' '}
                <span className="text-sm text-muted">
                  ({organisation.actionCount} acties, {organisation.editorCount} redacteuren)
                </span>
              </summary>
              <div className="mt-3">
                <OrganisationForm organisation={organisation} />
              </div>
            </details>
          </li>
        ))}
      </ul>
      <section aria-labelledby="nieuw" className="mt-10 rounded-sm border border-slate-300 p-4">
        <h2 id="nieuw" className="text-xl font-semibold">
          Organisatie toevoegen
        </h2>
        <div className="mt-3">
          <OrganisationForm />
        </div>
      </section>
    </>
  );
}
