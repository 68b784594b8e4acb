'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

const ITEMS = [
  { href: '/beheer', label: 'Plannen en rondes', exact: false, excludes: ['/beheer/organisaties', '/beheer/gebruikers', '/beheer/audit', '/beheer/berichten'] },
  { href: '/beheer/organisaties', label: 'Organisaties', exact: false, excludes: [] },
  { href: '/beheer/gebruikers', label: 'Gebruikers', exact: false, excludes: [] },
  { href: '/beheer/audit', label: 'Auditlog', exact: false, excludes: [] },
  { href: '/beheer/berichten', label: 'Berichten', exact: false, excludes: [] },
];

/** The ministry's management sections. */
export function AdminNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Beheer" className="-mt-4 mb-8 border-b-2 border-slate-200 print:hidden">
      <ul className="flex flex-wrap gap-x-1">
        {ITEMS.map((item) => {
          const current = pathname.startsWith(item.href) && !item.excludes.some((prefix) => pathname.startsWith(prefix));
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? 'page' : undefined}
                className={`-mb-0.5 block border-b-4 px-3 py-2 font-semibold no-underline ${
                  current ? 'border-rijks-blue text-rijks-blue' : 'border-transparent text-ink hover:border-slate-300'
                }`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
