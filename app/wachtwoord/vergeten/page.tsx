import type { Metadata } from 'next';
import Link from 'next/link';
import { RequestResetForm } from '@/components/account/request-reset-form';

export const metadata: Metadata = { title: 'Wachtwoord vergeten' };
export const dynamic = 'force-dynamic';

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto max-w-lg">
      <h1 className="text-3xl font-semibold text-rijks-blue">Wachtwoord vergeten</h1>
      <p className="mt-3">
        Vul het e-mailadres van uw account in. U krijgt dan een e-mail met een link waarmee u een nieuw wachtwoord kiest.
        De link is 1 uur geldig en werkt één keer.
      </p>
      <RequestResetForm />
      <p className="mt-8">
        <Link href="/inloggen">Terug naar inloggen</Link>
      </p>
    </div>
  );
}
