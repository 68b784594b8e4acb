/** Responsible organisations as abbreviations with the full name on hover and for screen readers. */
export function OrganisationNames({ organisations }: { organisations: { abbreviation: string; name: string }[] }) {
  if (organisations.length === 0) return <span>niet vermeld</span>;
  return (
    <>
      {organisations.map((org, index) => (
        <span key={org.abbreviation}>
          <abbr title={org.name}>{org.abbreviation}</abbr>
          {index < organisations.length - 1 && ', '}
        </span>
      ))}
    </>
  );
}
