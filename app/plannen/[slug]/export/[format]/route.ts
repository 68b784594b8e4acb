import { jsonError } from '@/lib/http/json-response';
import { findExportView } from '@/lib/exports/find-export-view';
import { renderExport } from '@/lib/exports/render-export';
import { parsePlanFilters } from '@/lib/validation/plan-filters';
import { exportFormatSchema } from '@/lib/validation/plan-view';
import { planSlugSchema } from '@/lib/validation/route-params';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ slug: string; format: string }> };

/**
 * A round of a plan as CSV, JSON or Word: /plannen/{slug}/export/{csv|json|docx}?ronde={key}, plus
 * optionally the search page's filters (&status=…&organisatie=…) to export just those actions.
 */
export async function GET(request: Request, { params }: Context) {
  const { slug: slugParam, format: formatParam } = await params;
  const format = exportFormatSchema.safeParse(formatParam);
  const error = (status: number, message: string) =>
    format.data === 'json' ? jsonError(status, message) : plainText(status, message);
  if (!format.success) return error(404, format.error.issues[0]!.message);

  const slug = planSlugSchema.safeParse(slugParam);
  const filters = parsePlanFilters(new URL(request.url).searchParams);
  if (!slug.success) return error(400, slug.error.issues[0]!.message);
  if (!filters.success) return error(400, filters.error.issues[0]!.message);

  const view = await findExportView(slug.data, filters.data);
  if (!view) return error(404, 'Onbekend plan of onbekende gepubliceerde rapportage.');
  return renderExport(view.overview, format.data, { selection: view.selection });
}

function plainText(status: number, message: string) {
  return new Response(`${message}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
