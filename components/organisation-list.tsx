import Link from 'next/link';
import { planUrls } from '@/lib/plans/plan-urls';

type Organisation = { abbreviation: string; name: string };

/** Abbreviations linking to each organisation's page, full name on hover; the first is the lead. */
export function OrganisationList({ organisations }: { organisations: Organisation[] }) {
  if (organisations.length === 0) return <span className="text-muted">niet vermeld</span>;
  return (
    <ul className="flex flex-wrap">
      {organisations.map((org, index) => (
        <li key={org.abbreviation} className="whitespace-nowrap">
          <Link href={planUrls.organisation(org.abbreviation)} title={org.name}>
            {org.abbreviation}
          </Link>
          {index < organisations.length - 1 && <span aria-hidden>,&nbsp;</span>}
        </li>
      ))}
    </ul>
  );
}
