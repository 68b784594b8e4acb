import 'server-only';
import { isMinistry } from '@/lib/auth/permissions';
import { getCurrentUser } from '@/lib/auth/session';
import type { SessionUser } from '@/lib/auth/session-user';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import type { WorkbookAudience } from '@/lib/import/workbook/workbook-urls';

/** Every answer about a workbook is private: never stored by a cache, never indexed. */
export const PRIVATE = { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' } as const;

export const SIGN_IN_FOR_WORKBOOK = 'Log in om met een werkmap te werken.';
const AUDIENCE_REFUSALS: Record<WorkbookAudience, string> = {
  partner: 'De werkmap van de werkruimte is voor redacteuren van een partnerorganisatie; het ministerie vindt de werkmappen bij de ronde in Beheer.',
  ministry: 'Alleen redacteuren van het ministerie werken hier met werkmappen; partners vinden hun werkmap in hun werkruimte.',
};

/** The signed-in user who may use this audience's address, or the refusal (401 signed out, 403 otherwise). */
export async function workbookUser(audience: WorkbookAudience): Promise<SessionUser | { status: 401 | 403; message: string }> {
  const user = await getCurrentUser();
  if (!user) return { status: 401, message: SIGN_IN_FOR_WORKBOOK };
  const fits = audience === 'ministry' ? isMinistry(user) : user.role === 'PARTNER_EDITOR' && user.organisationId !== null;
  return fits ? user : { status: 403, message: AUDIENCE_REFUSALS[audience] };
}

/** A use case's typed refusal as a status and its Dutch message; anything else is a real fault. */
export function refusalOf(error: unknown): { status: 400 | 403 | 404 | 409; message: string } {
  if (error instanceof NotFoundError) return { status: 404, message: error.message };
  if (error instanceof ForbiddenError) return { status: 403, message: error.message };
  if (error instanceof ValidationError) return { status: 400, message: error.message };
  if (error instanceof ConflictError) return { status: 409, message: error.message };
  throw error;
}

/** `attachment` with the file name, ASCII for old clients and UTF-8 for the rest (RFC 6266). */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
