import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SetPasswordForm } from '@/components/account/set-password-form';
import { findUsableLink } from '@/lib/accounts/find-usable-link';

export const metadata: Metadata = { title: 'Nieuw wachtwoord kiezen', referrer: 'no-referrer', robots: { index: false } };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<{ token?: string | string[] }> };

/** The reset mail's link: a new password, after which every session of the account ends. */
export default async function ResetPasswordPage({ searchParams }: Props) {
  const { token } = await searchParams;
  const link = await findUsableLink({ purpose: 'PASSWORD_RESET', token: typeof token === 'string' ? token : undefined });
  if (!link || typeof token !== 'string') notFound();
  return (
    <div className="mx-auto max-w-lg">
      <h1 className="text-3xl font-semibold text-rijks-blue">Nieuw wachtwoord kiezen</h1>
      <p className="mt-3">
        Kies een nieuw wachtwoord voor <strong className="break-all">{link.email}</strong>. Daarna bent u op alle apparaten
        uitgelogd en logt u in met het nieuwe wachtwoord.
      </p>
      <SetPasswordForm purpose="PASSWORD_RESET" token={token} email={link.email} />
    </div>
  );
}
