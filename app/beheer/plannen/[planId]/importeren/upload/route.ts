import { can } from '@/lib/auth/permissions';
import { getCurrentUser } from '@/lib/auth/session';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { messagePage } from '@/lib/http/message-page';
import { checkBijlageFile, FILE_MESSAGES } from '@/lib/import/bijlage/check-bijlage-file';
import { uploadBijlage } from '@/lib/import/bijlage/upload-bijlage';
import { IMPORT_LIMITS } from '@/lib/import/import-limits';
import { idField } from '@/lib/validation/fields';
import { uploadTargetSchema } from '@/lib/validation/import-bijlage';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ planId: string }> };

/**
 * The upload of a Word bijlage (multipart, from the upload page; the server allows this path a
 * body of up to 10 MB and checks that it comes from this site). It is stored and read once, and
 * then the preview shows what importing would do (303). A refusal is a Dutch page with its status:
 * 400 for a form or file that is not right, 403, 404, 413 for a file over the limit; nothing is stored.
 */
export async function POST(request: Request, { params }: Context) {
  const { planId } = await params;
  const page = `/beheer/plannen/${encodeURIComponent(planId)}/importeren`;
  const user = await getCurrentUser();
  if (!user) return redirect(`/inloggen?terug=${encodeURIComponent(page)}`);
  const id = idField.safeParse(planId);
  // As every management page: anyone but a ministry editor gets "not found".
  if (!can(user, 'review.view', null) || !id.success) return refuse(404, new NotFoundError().message, '/', 'Naar het overzicht');
  const back = (status: number, message: string) => refuse(status, message, page, 'Terug naar bijlage importeren');

  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > IMPORT_LIMITS.fileBytes + 64 * 1024) return back(413, FILE_MESSAGES.tooLarge);
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return back(400, 'Dit formulier is onleesbaar; er is niets ingelezen.');
  }
  const file = form.get('bestand');
  if (!(file instanceof File) || file.size === 0) return back(400, FILE_MESSAGES.missing);
  if (file.size > IMPORT_LIMITS.fileBytes) return back(413, FILE_MESSAGES.tooLarge);
  const target = uploadTargetSchema.safeParse(Object.fromEntries([...form.entries()].filter(([, value]) => typeof value === 'string')));
  if (!target.success) return back(400, target.error.issues[0]!.message);
  const bytes = Buffer.from(await file.arrayBuffer());
  const checked = checkBijlageFile({ name: file.name, type: file.type, bytes });
  if (!checked.ok) return back(checked.status, checked.message);

  try {
    const { importId } = await uploadBijlage({
      user,
      planId: id.data,
      target: target.data.doel === 'ronde' ? { roundId: target.data.roundId } : { newRound: { title: target.data.title, date: target.data.date } },
      fileName: checked.fileName,
      bytes,
    });
    return redirect(`/beheer/importeren/${importId}`);
  } catch (error) {
    if (error instanceof ValidationError) return back(400, error.message);
    if (error instanceof ForbiddenError) return back(403, error.message);
    if (error instanceof NotFoundError) return back(404, error.message);
    throw error;
  }
}

/** The upload's address itself shows nothing: back to the upload page. */
export async function GET(_request: Request, { params }: Context) {
  const { planId } = await params;
  return redirect(`/beheer/plannen/${encodeURIComponent(planId)}/importeren`);
}

export const HEAD = GET;

function redirect(location: string) {
  return new Response(null, { status: 303, headers: { Location: location, 'Cache-Control': 'private, no-store' } });
}

function refuse(status: number, message: string, href: string, label: string) {
  return messagePage({ status, message, back: { href, label } });
}
