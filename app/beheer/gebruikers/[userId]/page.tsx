import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { UserForm } from '@/components/admin/user-form';
import { requireMinistryEditor } from '@/lib/auth/session';
import { findOrganisationsForEditing } from '@/lib/organisations/find-organisations-for-editing';
import { findUsers } from '@/lib/users/find-users';
import { idField } from '@/lib/validation/fields';

export const metadata: Metadata = { title: 'Account wijzigen' };
export const dynamic = 'force-dynamic';

export default async function UserPage({ params }: { params: Promise<{ userId: string }> }) {
  const { userId } = await params;
  const user = await requireMinistryEditor(`/beheer/gebruikers/${userId}`);
  const id = idField.safeParse(userId);
  const [users, organisations] = await Promise.all([findUsers({ user }), findOrganisationsForEditing({ user })]);
  const account = users.find((u) => id.success && u.id === id.data);
  if (!account) notFound();
  return (
    <>
      <nav aria-label="Kruimelpad" className="text-sm">
        <Link href="/beheer/gebruikers">Gebruikers</Link>
      </nav>
      <h1 className="mt-2 text-3xl font-semibold text-rijks-blue">{account.name}</h1>
      <div className="mt-6">
        <UserForm account={account} organisations={organisations} />
      </div>
    </>
  );
}
