import 'server-only';
import { prisma } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import { plainTextError } from '@/lib/http/json-response';
import { buildWorkbook } from '@/lib/import/workbook/build-workbook';
import { attachment, PRIVATE, refusalOf, workbookUser } from '@/lib/import/workbook/workbook-http';
import type { WorkbookAudience, WorkbookFormat } from '@/lib/import/workbook/workbook-urls';
import { workbookOrganisationQuery } from '@/lib/validation/workbook-pages';
import { idField } from '@/lib/validation/fields';

export const UNKNOWN_ORGANISATION = 'Deze organisatie kennen wij niet; kies er een uit de lijst bij de ronde.';

/**
 * GET (and HEAD) …/rondes/{id}/werkmap.{xlsx|csv}: the entries of the round the user may edit, as a
 * workbook. A partner always gets their own organisation's (a query cannot change that); the
 * ministry names an organisation by its abbreviation or alias (?organisatie=JN) or gets them all.
 * Signed out 401, the wrong role 403, an unknown round or organisation 404: Dutch plain text.
 */
export async function workbookDownload(request: Request, options: { audience: WorkbookAudience; roundId: string; format: WorkbookFormat }) {
  const user = await workbookUser(options.audience);
  if ('status' in user) return plainTextError(user.status, user.message, PRIVATE);
  const roundId = idField.safeParse(options.roundId);
  if (!roundId.success) return plainTextError(404, new NotFoundError().message, PRIVATE);
  let organisationId: number | undefined;
  if (options.audience === 'ministry') {
    const query = workbookOrganisationQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) return plainTextError(400, query.error.issues[0]!.message, PRIVATE);
    if (query.data.organisatie) {
      const code = await prisma.organisationCode.findUnique({ where: { code: query.data.organisatie.toLowerCase() }, select: { organisationId: true } });
      if (!code) return plainTextError(404, UNKNOWN_ORGANISATION, PRIVATE);
      organisationId = code.organisationId;
    }
  }
  try {
    const file = await buildWorkbook({ user, roundId: roundId.data, organisationId, format: options.format });
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        'Content-Type': file.contentType,
        'Content-Disposition': attachment(file.fileName),
        'Content-Length': String(file.bytes.length),
        'X-Content-Type-Options': 'nosniff',
        ...PRIVATE,
      },
    });
  } catch (error) {
    const { status, message } = refusalOf(error);
    return plainTextError(status, message, PRIVATE);
  }
}
