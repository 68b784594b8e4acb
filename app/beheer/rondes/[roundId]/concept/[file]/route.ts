import { can } from '@/lib/auth/permissions';
import { getCurrentUser } from '@/lib/auth/session';
import { NotFoundError } from '@/lib/errors';
import { jsonError, plainTextError } from '@/lib/http/json-response';
import { conceptUrls } from '@/lib/exports/concept-urls';
import { CONCEPT_HEADERS, renderExport } from '@/lib/exports/render-export';
import { findConceptOverview } from '@/lib/plans/find-concept-overview';
import { idField } from '@/lib/validation/fields';
import { CONCEPT_FILES, conceptFileSchema, parseBijlageColumns } from '@/lib/validation/plan-view';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ roundId: string; file: string }> };

/**
 * The concept of a round not yet published, for the ministry's sign-off:
 * /beheer/rondes/{id}/concept/{bijlage.docx|export.csv|export.json}, Word with `?kolom=` as the
 * public export. As the management pages: signed out, the sign-in page (which comes back here);
 * anyone but a ministry editor, "not found". A published round sends to its public export.
 * Every answer is private and never stored by a cache.
 */
export async function GET(request: Request, { params }: Context) {
  const { roundId, file } = await params;
  const url = new URL(request.url);
  const user = await getCurrentUser();
  if (!user) return redirectTo(`/inloggen?terug=${encodeURIComponent(url.pathname + url.search)}`);

  const parsedFile = conceptFileSchema.safeParse(file);
  const format = parsedFile.success ? CONCEPT_FILES[parsedFile.data] : 'docx';
  const error = (status: number, message: string) =>
    format === 'json' ? withConceptHeaders(jsonError(status, message)) : plainTextError(status, message, CONCEPT_HEADERS);
  const id = idField.safeParse(roundId);
  if (!can(user, 'round.concept', null) || !parsedFile.success || !id.success) return error(404, new NotFoundError().message);
  const columns = parseBijlageColumns(url.searchParams);
  if (!columns.success) return error(400, columns.error.issues[0]!.message);

  const view = await findConceptOverview({ user, roundId: id.data });
  if (!view) return error(404, new NotFoundError().message);
  if (view.kind === 'published') return redirectTo(conceptUrls.publishedExport(view, format, columns.data));
  return renderExport(view.overview, format, { concept: new Date(), columns: columns.data });
}

function redirectTo(location: string) {
  return new Response(null, { status: 303, headers: { Location: location, ...CONCEPT_HEADERS } });
}

function withConceptHeaders(response: Response) {
  for (const [key, value] of Object.entries(CONCEPT_HEADERS)) response.headers.set(key, value);
  return response;
}
