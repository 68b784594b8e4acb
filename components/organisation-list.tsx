type Organisation = { abbreviation: string; name: string };

/** Abbreviations with their full names on hover and for screen readers; the first is the lead. */
export function OrganisationList({ organisations }: { organisations: Organisation[] }) {
  if (organisations.length === 0) return <span className="text-muted">niet vermeld</span>;
  return (
    <ul className="flex flex-wrap gap-x-2">
      {organisations.map((org) => (
        <li key={org.abbreviation}>
          <abbr title={org.name} className="no-underline">
            {org.abbreviation}
          </abbr>
        </li>
      ))}
    </ul>
  );
}
