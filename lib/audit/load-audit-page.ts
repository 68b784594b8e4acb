import 'server-only';
import type { Actor } from '@/lib/auth/session-user';
import { findAuditFilterOptions } from '@/lib/audit/find-audit-filter-options';
import { findAuditLog } from '@/lib/audit/find-audit-log';
import type { AuditFilter } from '@/lib/validation/audit';

/** What /beheer/audit shows: a page of the filtered log, and the choices of its filter form. */
export async function loadAuditPage(options: { user: Actor; filter: AuditFilter }) {
  const [log, filterOptions] = await Promise.all([findAuditLog(options), findAuditFilterOptions(options)]);
  return { log, filterOptions };
}
