import type { BijlageColumn, ExportFormat } from '@/lib/exports/export-rows';
import { planUrls } from '@/lib/plans/plan-urls';

/** `kolom=verantwoordelijk&kolom=status`: the Word bijlage's extra columns as a query. */
export function columnsQuery(columns: readonly BijlageColumn[]): string {
  return columns.map((column) => `kolom=${column}`).join('&');
}

const withQuery = (path: string, query: string) => (query ? `${path}?${query}` : path);

/** The addresses of a round's concept (ministry only), and of what replaces it once published. */
export const conceptUrls = {
  file: (roundId: number, format: ExportFormat, columns: readonly BijlageColumn[] = []) =>
    withQuery(`/beheer/rondes/${roundId}/concept/${format === 'docx' ? 'bijlage.docx' : `export.${format}`}`, columnsQuery(columns)),
  print: (roundId: number) => `/beheer/rondes/${roundId}/concept/afdrukken`,
  publishedExport: (round: { planSlug: string; roundKey: string }, format: ExportFormat, columns: readonly BijlageColumn[] = []) =>
    planUrls.export(round.planSlug, format, [`ronde=${round.roundKey}`, columnsQuery(columns)].filter(Boolean).join('&')),
};
