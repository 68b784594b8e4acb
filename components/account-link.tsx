'use client';

import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { getSession, signOut } from 'next-auth/react';
import { useEffect, useState } from 'react';

type Account = { name: string; role: string } | null;

/**
 * Sign-in link, or the signed-in user's way to their work and out. Asks the session endpoint in the
 * browser, so the public pages stay the same for everyone (and cacheable).
 */
export function AccountLink() {
  const pathname = usePathname();
  const router = useRouter();
  const [account, setAccount] = useState<Account | undefined>(undefined);

  useEffect(() => {
    let current = true;
    getSession().then(
      (session) => {
        const user = session?.user as { name?: string | null; role?: string } | undefined;
        if (current) setAccount(user?.role ? { name: user.name ?? '', role: user.role } : null);
      },
      () => current && setAccount(null),
    );
    return () => {
      current = false;
    };
  }, [pathname]);

  const linkClass = 'text-white no-underline hover:text-white hover:underline';
  if (account === undefined) return <span className="min-w-16" />;
  if (account === null) {
    return (
      <Link href="/inloggen" className={`${linkClass} font-semibold`}>
        Inloggen
      </Link>
    );
  }
  const ministry = account.role === 'MINISTRY_EDITOR';
  return (
    <nav aria-label="Account" className="flex flex-wrap items-baseline gap-x-4 gap-y-1 text-sm">
      <Link href="/account" className={linkClass}>
        <span className="hidden md:inline">{account.name}</span>
        <span className="md:hidden">Mijn account</span>
      </Link>
      <Link href={ministry ? '/beheer' : '/werkruimte'} className={`${linkClass} font-semibold`}>
        {ministry ? 'Beheer' : 'Werkruimte'}
      </Link>
      <button
        type="button"
        className={`${linkClass} cursor-pointer underline-offset-2`}
        onClick={async () => {
          await signOut({ redirect: false });
          setAccount(null);
          // To the home page, and forget the pages seen while signed in (Back shows none of them).
          router.push('/');
          router.refresh();
        }}
      >
        Uitloggen
      </button>
    </nav>
  );
}
