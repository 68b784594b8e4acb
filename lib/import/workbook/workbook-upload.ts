import 'server-only';
import { NotFoundError } from '@/lib/errors';
import { IMPORT_LIMITS, megabytes } from '@/lib/import/import-limits';
import { sniffWorkbook } from '@/lib/import/workbook/sniff-workbook';
import { uploadWorkbook } from '@/lib/import/workbook/upload-workbook';
import { PRIVATE, refusalOf, workbookUser } from '@/lib/import/workbook/workbook-http';
import { workbookUrls, type WorkbookAudience } from '@/lib/import/workbook/workbook-urls';
import { errorPage } from '@/lib/server/send-error';
import { idField } from '@/lib/validation/fields';

export const UPLOAD_REFUSALS = {
  unreadable: 'Het formulier kwam onleesbaar aan; kies het bestand opnieuw. Er is niets ingelezen.',
  noFile: 'Kies eerst een werkmap (.xlsx of .csv) om te uploaden. Er is niets ingelezen.',
  tooLarge: `Dit bestand is te groot (meer dan ${megabytes(IMPORT_LIMITS.fileBytes)}); er is niets ingelezen.`,
  oldExcel: 'Dit is een oud Excel-bestand (.xls). Sla het in Excel op als Excel-werkmap (.xlsx) en upload het opnieuw. Er is niets ingelezen.',
  notWorkbook: 'Dit bestand is geen Excel-werkmap (.xlsx) en geen CSV-bestand. Upload de werkmap zoals u haar heeft gedownload en ingevuld. Er is niets ingelezen.',
} as const;

/**
 * POST …/rondes/{id}/werkmap/upload (multipart, field `bestand`): stores the workbook as uploaded
 * (uploadWorkbook) and sends to its preview with a 303; nothing is saved to the entries yet. The
 * file is judged by its bytes (a zip for .xlsx, UTF-8 text for .csv) and its name's extension must
 * agree. Every refusal is a small Dutch page with its 4xx and a link back to the form, never a 500.
 */
export async function workbookUpload(request: Request, options: { audience: WorkbookAudience; roundId: string }) {
  const { audience } = options;
  const user = await workbookUser(audience);
  const roundId = idField.safeParse(options.roundId);
  const back = roundId.success
    ? { href: workbookUrls.home(audience, roundId.data), label: audience === 'partner' ? 'Terug naar de werkruimte' : 'Terug naar de ronde' }
    : undefined;
  const refuse = (status: number, message: string) =>
    new Response(errorPage(status, message, 'status' in user && user.status === 401 ? { href: '/inloggen', label: 'Inloggen' } : back), {
      status,
      headers: { 'Content-Type': 'text/html; charset=utf-8', ...PRIVATE },
    });
  if ('status' in user) return refuse(user.status, user.message);
  if (!roundId.success) return refuse(404, new NotFoundError().message);

  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return refuse(400, UPLOAD_REFUSALS.unreadable);
  }
  const file = form.get('bestand');
  if (!(file instanceof File) || file.size === 0) return refuse(400, UPLOAD_REFUSALS.noFile);
  if (file.size > IMPORT_LIMITS.fileBytes) return refuse(413, UPLOAD_REFUSALS.tooLarge);
  const bytes = Buffer.from(await file.arrayBuffer());
  const format = sniffWorkbook(bytes);
  if (format === 'xls') return refuse(400, UPLOAD_REFUSALS.oldExcel);
  const fileName = cleanFileName(file.name, format);
  if (!format || !fileName.toLowerCase().endsWith(`.${format}`)) return refuse(400, UPLOAD_REFUSALS.notWorkbook);

  try {
    const { importId } = await uploadWorkbook({ user, roundId: roundId.data, fileName, bytes });
    return new Response(null, { status: 303, headers: { Location: workbookUrls.preview(audience, roundId.data, importId), ...PRIVATE } });
  } catch (error) {
    const { status, message } = refusalOf(error);
    return refuse(status, message);
  }
}

/** The name as the browser sent it, without a folder, control characters or excess length. */
function cleanFileName(name: string, format: string | null): string {
  const base = name.split(/[\\/]/).pop()!.replace(/[\p{Cc}\p{Cf}]/gu, '').trim().slice(-200);
  return base || `werkmap.${format ?? 'xlsx'}`;
}
