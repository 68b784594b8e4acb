type Organisation = { abbreviation: string; name: string };

/** Abbreviations with their full names on hover and for screen readers; the first is the lead. */
export function OrganisationList({ organisations }: { organisations: Organisation[] }) {
  if (organisations.length === 0) return <span className="text-muted">niet vermeld</span>;
  return (
    <ul className="flex flex-wrap">
      {organisations.map((org, index) => (
        <li key={org.abbreviation} className="whitespace-nowrap">
          <abbr title={org.name} className="no-underline">
            {org.abbreviation}
          </abbr>
          {index < organisations.length - 1 && <span aria-hidden>,&nbsp;</span>}
        </li>
      ))}
    </ul>
  );
}
