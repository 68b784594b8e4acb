import { parseReferenceIdentifier, referenceLabel, referenceUrl } from '@/lib/parliament/parliament-reference';

/**
 * A reference to a document of Parliament by its identifier (`kst-31839-580`), cited the Dutch way
 * (*Kamerstuk 31 839, nr. 580*) and linked to the publications site where it has a page there.
 * An identifier that is not one of the formats is shown as it is, unlinked.
 */
export function ParliamentReferenceLink({ identifier }: { identifier: string }) {
  const reference = parseReferenceIdentifier(identifier);
  if (!reference) return <span>{identifier}</span>;
  const url = referenceUrl(reference);
  const label = referenceLabel(reference);
  return url ? <a href={url} className="underline">{label}</a> : <span>{label}</span>;
}
