/** "JN (trekker), NVP" as plain text, for exports and mail: the trekker is named only when there are several. */
export function organisationsText(abbreviations: readonly string[]): string {
  return abbreviations
    .map((abbreviation, index) => (index === 0 && abbreviations.length > 1 ? `${abbreviation} (trekker)` : abbreviation))
    .join(', ');
}
