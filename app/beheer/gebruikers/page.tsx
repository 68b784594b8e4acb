import type { Metadata } from 'next';
import Link from 'next/link';
import { ResendInvitationButton } from '@/components/admin/resend-invitation-button';
import { UserForm } from '@/components/admin/user-form';
import { stacked } from '@/components/stacked-table';
import { formatDateTime } from '@/lib/format-date-time';
import { requireMinistryEditor } from '@/lib/auth/session';
import { ROLE_LABELS } from '@/lib/auth/session-user';
import { findOrganisationsForEditing } from '@/lib/organisations/find-organisations-for-editing';
import { findUsers } from '@/lib/users/find-users';

export const metadata: Metadata = { title: 'Gebruikers' };
export const dynamic = 'force-dynamic';

export default async function UsersPage() {
  const user = await requireMinistryEditor('/beheer/gebruikers');
  const [users, organisations] = await Promise.all([findUsers({ user }), findOrganisationsForEditing({ user })]);
  return (
    <>
      <h1 className="text-3xl font-semibold text-rijks-blue">Gebruikers</h1>
      <div className="mt-6 overflow-x-auto">
        <table className={`w-full border-collapse text-left ${stacked.table}`}>
          <caption className="sr-only">Alle accounts</caption>
          <thead className={stacked.head}>
            <tr className="border-b-2 border-rijks-blue bg-rijks-sky">
              <th scope="col" className="p-2">Naam</th>
              <th scope="col" className="p-2">E-mailadres</th>
              <th scope="col" className="p-2">Rol</th>
              <th scope="col" className="p-2">Status</th>
            </tr>
          </thead>
          <tbody className={stacked.body}>
            {users.map((account) => (
              <tr key={account.id} className={`border-b border-slate-200 ${stacked.card}`}>
                <th scope="row" className={`p-2 font-normal ${stacked.cell} ${stacked.wide}`}>
                  <Link href={`/beheer/gebruikers/${account.id}`} className="font-medium">
                    {account.name}
                  </Link>
                </th>
                <td data-label="E-mailadres" className={`break-all p-2 ${stacked.cell} ${stacked.wide} ${stacked.label}`}>
                  {account.email}
                </td>
                <td data-label="Rol" className={`p-2 ${stacked.cell} ${stacked.label}`}>
                  {ROLE_LABELS[account.role]}
                  {account.organisation && ` (${account.organisation.abbreviation})`}
                </td>
                <td data-label="Status" className={`p-2 ${stacked.cell} ${stacked.label}`}>
                  <AccountStatus account={account} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="nieuw" className="mt-10 rounded-sm border border-slate-300 p-4">
        <h2 id="nieuw" className="text-xl font-semibold">
          Account maken
        </h2>
        <div className="mt-3">
          <UserForm organisations={organisations} />
        </div>
      </section>
    </>
  );
}

type Listed = Awaited<ReturnType<typeof findUsers>>[number];

/** Active, disabled, or invited and not yet activated (with a way to send a new invitation). */
function AccountStatus({ account }: { account: Listed }) {
  if (!account.active) return <>uitgeschakeld</>;
  if (account.invitation === undefined) return <>actief</>;
  return (
    <>
      uitgenodigd, nog niet geactiveerd
      {account.invitation && (
        <span className="block text-sm text-muted">
          {account.invitation.expired ? 'uitnodiging verlopen op' : 'uitnodiging geldig tot'} {formatDateTime(account.invitation.expiresAt.toISOString())}
        </span>
      )}
      <ResendInvitationButton userId={account.id} name={account.name} />
    </>
  );
}
