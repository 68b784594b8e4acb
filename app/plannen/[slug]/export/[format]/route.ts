import { jsonError } from '@/lib/http/json-response';
import { renderExport } from '@/lib/exports/render-export';
import { findPlanOverview } from '@/lib/plans/find-plan-overview';
import { exportFormatSchema, planViewSchema } from '@/lib/validation/plan-view';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ slug: string; format: string }> };

/** The chosen round of a plan as CSV, JSON or Word: /plannen/{slug}/export/{csv|json|docx}?ronde={key}. */
export async function GET(request: Request, { params }: Context) {
  const { slug, format: formatParam } = await params;
  const format = exportFormatSchema.safeParse(formatParam);
  const error = (status: number, message: string) =>
    format.data === 'json' ? jsonError(status, message) : plainText(status, message);
  if (!format.success) return error(404, format.error.issues[0]!.message);

  const ronde = new URL(request.url).searchParams.get('ronde') ?? undefined;
  const view = planViewSchema.safeParse({ slug, ronde });
  if (!view.success) return error(400, view.error.issues[0]!.message);

  const overview = await findPlanOverview(view.data.slug, view.data.ronde);
  if (!overview) return error(404, 'Onbekend plan of onbekende gepubliceerde rapportage.');
  return renderExport(overview, format.data);
}

function plainText(status: number, message: string) {
  return new Response(`${message}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
