import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { OidcSignInButton, SignInForm } from '@/components/sign-in-form';
import { isDemoMode, oidcSettings } from '@/lib/auth/auth-environment';
import { getCurrentUser } from '@/lib/auth/session';
import { signInErrorMessage } from '@/lib/auth/sign-in-messages';
import { safeReturnPath } from '@/lib/auth/return-path';

export const metadata: Metadata = { title: 'Inloggen' };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<{ terug?: string | string[]; error?: string | string[] }> };

export default async function SignInPage({ searchParams }: Props) {
  const { terug, error } = await searchParams;
  const returnTo = safeReturnPath(typeof terug === 'string' ? terug : undefined);
  if (await getCurrentUser()) redirect(returnTo);
  const oidc = oidcSettings();
  return (
    <div className="mx-auto max-w-lg">
      <h1 className="text-3xl font-semibold text-rijks-blue">Inloggen</h1>
      <p className="mt-3 text-muted">
        Voor redacteuren van de ministeries en van de partnerorganisaties. De voortgang van de actieplannen is
        openbaar: om die te lezen hoeft u niet in te loggen.
      </p>
      <SignInForm returnTo={returnTo} initialError={signInErrorMessage(typeof error === 'string' ? error : null)} />
      {oidc && (
        <div className="mt-8 border-t border-slate-200 pt-6">
          <p className="mb-3">Of log in met het account van uw organisatie:</p>
          <OidcSignInButton name={oidc.name} returnTo={returnTo} />
        </div>
      )}
      <div className="mt-10 rounded-sm bg-rijks-sky p-4 text-sm">
        <p>
          <strong>Nog geen account of wachtwoord vergeten?</strong> Neem contact op met de redactie bij het
          ministerie; zij maken accounts aan en stellen wachtwoorden opnieuw in.
        </p>
        {isDemoMode() && (
          <p className="mt-2">Demo: de accounts en wachtwoorden staan in de uitvoer van <code>npm start</code>.</p>
        )}
      </div>
    </div>
  );
}
