import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SetPasswordForm } from '@/components/account/set-password-form';
import { findUsableLink } from '@/lib/accounts/find-usable-link';

export const metadata: Metadata = { title: 'Account activeren', referrer: 'no-referrer', robots: { index: false } };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<{ token?: string | string[] }> };

/** The invitation's link: the invited person chooses their first password. */
export default async function ActivateAccountPage({ searchParams }: Props) {
  const { token } = await searchParams;
  const link = await findUsableLink({ purpose: 'INVITATION', token: typeof token === 'string' ? token : undefined });
  if (!link || typeof token !== 'string') notFound();
  return (
    <div className="mx-auto max-w-lg">
      <h1 className="text-3xl font-semibold text-rijks-blue">Account activeren</h1>
      <p className="mt-3">
        Welkom, {link.name}. Kies een wachtwoord voor uw account <strong className="break-all">{link.email}</strong>; daarna
        logt u daarmee in.
      </p>
      <SetPasswordForm purpose="INVITATION" token={token} email={link.email} />
    </div>
  );
}
