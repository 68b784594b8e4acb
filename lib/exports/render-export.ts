import { exportFileName, type ExportFormat, type ExportOptions } from '@/lib/exports/export-rows';
import { toCsv } from '@/lib/exports/to-csv';
import { toDocx } from '@/lib/exports/to-docx';
import { toJson } from '@/lib/exports/to-json';
import type { PlanOverview } from '@/lib/plans/find-plan-overview';

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8; header=present',
  json: 'application/json; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/**
 * What a concept answers besides its body: for the person who asked only, never kept by a cache
 * (the browser's, a proxy's or the production server's page cache), never indexed.
 */
export const CONCEPT_HEADERS = { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' } as const;

async function body(overview: PlanOverview, format: ExportFormat, options: ExportOptions): Promise<string | Uint8Array<ArrayBuffer>> {
  switch (format) {
    case 'csv':
      return toCsv(overview, { concept: options.concept });
    case 'json':
      return toJson(overview, options);
    case 'docx':
      return new Uint8Array(await toDocx(overview, options));
  }
}

/** The download of an overview in one format, as an attachment named after plan and round. */
export async function renderExport(overview: PlanOverview, format: ExportFormat, options: ExportOptions = {}): Promise<Response> {
  const fileName = exportFileName(overview, format, options);
  return new Response(await body(overview, format, options), {
    headers: {
      'Content-Type': CONTENT_TYPES[format],
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'X-Content-Type-Options': 'nosniff',
      ...(options.concept && CONCEPT_HEADERS),
    },
  });
}
