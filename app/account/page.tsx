import type { Metadata } from 'next';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { RemindersForm } from '@/components/account/reminders-form';
import { findOwnAccount } from '@/lib/accounts/find-own-account';
import { requireUser } from '@/lib/auth/session';
import { ROLE_LABELS } from '@/lib/auth/session-user';

export const metadata: Metadata = { title: 'Mijn account' };
export const dynamic = 'force-dynamic';

export default async function AccountPage() {
  const user = await requireUser('/account');
  const account = await findOwnAccount({ user });
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-semibold text-rijks-blue">Mijn account</h1>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">Naam</dt>
        <dd>{account.name}</dd>
        <dt className="font-semibold">E-mailadres</dt>
        <dd className="break-all">{account.email}</dd>
        <dt className="font-semibold">Rol</dt>
        <dd>
          {ROLE_LABELS[account.role]}
          {account.organisation && ` (${account.organisation.abbreviation})`}
        </dd>
      </dl>
      <section aria-labelledby="herinneringen" className="mt-8 rounded-sm border border-slate-300 p-4">
        <h2 id="herinneringen" className="text-xl font-semibold">
          Herinneringen
        </h2>
        <RemindersForm remindersEnabled={account.remindersEnabled} />
      </section>
      <section aria-labelledby="wachtwoord" className="mt-8 rounded-sm border border-slate-300 p-4">
        <h2 id="wachtwoord" className="text-xl font-semibold">
          Wachtwoord wijzigen
        </h2>
        <p className="mt-2 text-sm text-muted">
          Na het wijzigen bent u op alle apparaten uitgelogd, ook hier; u logt dan opnieuw in met het nieuwe wachtwoord.
        </p>
        <ChangePasswordForm email={account.email} />
      </section>
    </div>
  );
}
