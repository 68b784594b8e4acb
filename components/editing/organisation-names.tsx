import { LeadMark } from '@/components/lead-mark';

/**
 * Responsible organisations as abbreviations with the full name on hover and for screen readers,
 * in stored order; when there are several, the first is marked as the trekker: "JN (trekker), NVP".
 */
export function OrganisationNames({ organisations }: { organisations: { abbreviation: string; name: string }[] }) {
  if (organisations.length === 0) return <span>niet vermeld</span>;
  return (
    <>
      {organisations.map((org, index) => (
        <span key={org.abbreviation}>
          <abbr title={org.name}>{org.abbreviation}</abbr>
          {index === 0 && organisations.length > 1 && <LeadMark name={org.name} />}
          {index < organisations.length - 1 && ', '}
        </span>
      ))}
    </>
  );
}
