import { jsonError, plainTextError } from '@/lib/http/json-response';
import { findExportView } from '@/lib/exports/find-export-view';
import { renderExport } from '@/lib/exports/render-export';
import { parsePlanFilters } from '@/lib/validation/plan-filters';
import { exportFormatSchema, parseBijlageColumns } from '@/lib/validation/plan-view';
import { planSlugSchema } from '@/lib/validation/route-params';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ slug: string; format: string }> };

/**
 * A round of a plan as CSV, JSON or Word: /plannen/{slug}/export/{csv|json|docx}?ronde={key}, plus
 * optionally the search page's filters (&status=…&organisatie=…) to export just those actions, and
 * for Word the columns to add (&kolom=verantwoordelijk&kolom=status).
 */
export async function GET(request: Request, { params }: Context) {
  const { slug: slugParam, format: formatParam } = await params;
  const format = exportFormatSchema.safeParse(formatParam);
  const error = (status: number, message: string) =>
    format.data === 'json' ? jsonError(status, message) : plainTextError(status, message);
  if (!format.success) return error(404, format.error.issues[0]!.message);

  const slug = planSlugSchema.safeParse(slugParam);
  const { searchParams } = new URL(request.url);
  const filters = parsePlanFilters(searchParams);
  const columns = parseBijlageColumns(searchParams);
  if (!slug.success) return error(400, slug.error.issues[0]!.message);
  if (!filters.success) return error(400, filters.error.issues[0]!.message);
  if (!columns.success) return error(400, columns.error.issues[0]!.message);

  const view = await findExportView(slug.data, filters.data);
  if (!view) return error(404, 'Onbekend plan of onbekende gepubliceerde rapportage.');
  return renderExport(view.overview, format.data, { selection: view.selection, columns: columns.data });
}
