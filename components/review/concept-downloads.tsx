import { BijlageWordForm } from '@/components/bijlage-word-form';
import { conceptUrls } from '@/lib/exports/concept-urls';

/** The concept of an unpublished round: Word (with its column options), print view, CSV and JSON. */
export function ConceptDownloads({ roundId, withPrintLink = false }: { roundId: number; withPrintLink?: boolean }) {
  return (
    <div>
      <BijlageWordForm action={conceptUrls.file(roundId, 'docx')} label="Conceptbijlage (Word) downloaden" />
      <nav aria-label="Concept in andere vormen" className="mt-3 flex flex-wrap items-baseline gap-x-4 gap-y-1 text-sm">
        <span className="font-semibold">Ook als:</span>
        {withPrintLink && <a href={conceptUrls.print(roundId)}>Afdrukweergave / PDF</a>}
        <a href={conceptUrls.file(roundId, 'csv')}>CSV</a>
        <a href={conceptUrls.file(roundId, 'json')}>JSON</a>
      </nav>
    </div>
  );
}
