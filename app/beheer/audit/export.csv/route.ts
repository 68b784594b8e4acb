import { can } from '@/lib/auth/permissions';
import { getCurrentUser } from '@/lib/auth/session';
import { auditCsvFileName, MINISTRY_ONLY_AUDIT, SIGN_IN_FOR_AUDIT, streamAuditCsv } from '@/lib/audit/audit-csv';
import { plainTextError } from '@/lib/http/json-response';
import { parseAuditFilter } from '@/lib/validation/audit';

export const dynamic = 'force-dynamic';

const PRIVATE = { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' } as const;

/**
 * /beheer/audit/export.csv?…: the audit log as the page filters it (same query parameters), for
 * ministry editors: 401 signed out, 403 for anyone else. Never stored by a cache.
 */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return plainTextError(401, SIGN_IN_FOR_AUDIT, PRIVATE);
  if (!can(user, 'audit.view', null)) return plainTextError(403, MINISTRY_ONLY_AUDIT, PRIVATE);
  const filter = parseAuditFilter(new URL(request.url).searchParams);
  return new Response(streamAuditCsv({ user, filter }), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': `attachment; filename="${auditCsvFileName(filter)}"`,
      'X-Content-Type-Options': 'nosniff',
      ...PRIVATE,
    },
  });
}
