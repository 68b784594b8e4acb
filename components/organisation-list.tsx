import Link from 'next/link';
import { LeadMark } from '@/components/lead-mark';
import { planUrls } from '@/lib/plans/plan-urls';

type Organisation = { abbreviation: string; name: string };

/** Abbreviations linking to each organisation's page, full name on hover; the first of several is marked as the trekker. */
export function OrganisationList({ organisations }: { organisations: Organisation[] }) {
  if (organisations.length === 0) return <span className="text-muted">niet vermeld</span>;
  return (
    <ul className="flex flex-wrap">
      {organisations.map((org, index) => (
        <li key={org.abbreviation} className="whitespace-nowrap">
          <Link href={planUrls.organisation(org.abbreviation)} title={org.name}>
            {org.abbreviation}
          </Link>
          {index === 0 && organisations.length > 1 && <LeadMark name={org.name} />}
          {index < organisations.length - 1 && <span aria-hidden>,&nbsp;</span>}
        </li>
      ))}
    </ul>
  );
}
