import Link from 'next/link';
import { AccountLink } from '@/components/account-link';

export function SiteHeader() {
  return (
    <header>
      <div className="flex justify-center bg-white pt-3">
        {/* The central blue ribbon of the Dutch government identity, as a plain shape. */}
        <div aria-hidden className="h-12 w-6 bg-rijks-blue" />
      </div>
      <div className="bg-rijks-blue text-white">
        <div className="mx-auto flex max-w-6xl items-baseline justify-between gap-4 px-4 py-3 sm:px-6">
          <Link href="/" className="text-lg font-semibold text-white no-underline hover:text-white hover:underline">
            Voortgang actieplannen
          </Link>
          <div className="flex items-baseline gap-6">
            <span className="hidden text-sm text-white/90 lg:inline">Ministeries en partners, samen op weg</span>
            <AccountLink />
          </div>
        </div>
      </div>
    </header>
  );
}
