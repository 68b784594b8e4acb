import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { OidcSignInButton, SignInForm } from '@/components/sign-in-form';
import { isDemoMode, oidcSettings } from '@/lib/auth/auth-environment';
import { getCurrentUser } from '@/lib/auth/session';
import { signInErrorMessage, signInNotice } from '@/lib/auth/sign-in-messages';
import { safeReturnPath } from '@/lib/auth/return-path';

export const metadata: Metadata = { title: 'Inloggen' };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<{ terug?: string | string[]; error?: string | string[]; melding?: string | string[] }> };

export default async function SignInPage({ searchParams }: Props) {
  const { terug, error, melding } = await searchParams;
  const returnTo = safeReturnPath(typeof terug === 'string' ? terug : undefined);
  if (await getCurrentUser()) redirect(returnTo);
  const oidc = oidcSettings();
  const notice = signInNotice(typeof melding === 'string' ? melding : null);
  return (
    <div className="mx-auto max-w-lg">
      <h1 className="text-3xl font-semibold text-rijks-blue">Inloggen</h1>
      <p className="mt-3 text-muted">
        Voor redacteuren van de ministeries en van de partnerorganisaties. De voortgang van de actieplannen is
        openbaar: om die te lezen hoeft u niet in te loggen.
      </p>
      {notice && (
        <div role="status" className="mt-6 rounded-sm border-l-4 border-emerald-700 bg-emerald-50 px-4 py-2 text-emerald-900">
          <span aria-hidden>✓ </span>
          {notice}
        </div>
      )}
      <SignInForm returnTo={returnTo} initialError={signInErrorMessage(typeof error === 'string' ? error : null)} />
      <p className="mt-4">
        <Link href="/wachtwoord/vergeten">Wachtwoord vergeten?</Link>
      </p>
      {oidc && (
        <div className="mt-8 border-t border-slate-200 pt-6">
          <p className="mb-3">Of log in met het account van uw organisatie:</p>
          <OidcSignInButton name={oidc.name} returnTo={returnTo} />
        </div>
      )}
      <div className="mt-10 rounded-sm bg-rijks-sky p-4 text-sm">
        <p>
          <strong>Nog geen account?</strong> De redactie bij het ministerie maakt accounts aan; u krijgt dan een
          e-mail met een link waarmee u zelf uw wachtwoord kiest.
        </p>
        {isDemoMode() && (
          <p className="mt-2">Demo: de accounts en wachtwoorden staan in de uitvoer van <code>npm start</code>.</p>
        )}
      </div>
    </div>
  );
}
