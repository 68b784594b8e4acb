import Link from 'next/link';
import { LINK_UNUSABLE } from '@/lib/validation/accounts';

/** The one page for an unknown, expired, used or revoked one-time link (answered with a 404). */
export function LinkUnusable() {
  return (
    <div className="mx-auto max-w-lg">
      <h1 className="text-3xl font-semibold text-rijks-blue">Link werkt niet meer</h1>
      <p className="mt-4">{LINK_UNUSABLE}</p>
      <p className="mt-4 text-muted">
        Een link om een wachtwoord te kiezen werkt één keer en maar een beperkte tijd; een nieuwere link maakt
        eerdere ongeldig.
      </p>
      <ul className="mt-4 grid gap-2">
        <li>
          <Link href="/wachtwoord/vergeten">Nieuwe link aanvragen</Link> (ook voor een uitnodiging die verlopen is)
        </li>
        <li>
          <Link href="/inloggen">Naar inloggen</Link>
        </li>
      </ul>
    </div>
  );
}
