import 'server-only';
import { prisma } from '@/lib/db';
import { findAuditNames } from '@/lib/audit/audit-names';
import { auditWhere } from '@/lib/audit/audit-where';
import { describeAuditLine } from '@/lib/audit/describe-audit-line';
import { assertCan } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import type { AuditFilter } from '@/lib/validation/audit';

export const AUDIT_PAGE_SIZE = 50;

/** What every reader of the log selects of a line. */
export const auditRowSelect = {
  id: true,
  permission: true,
  entityType: true,
  entityId: true,
  before: true,
  after: true,
  createdAt: true,
  actorId: true,
  actorOrganisationId: true,
  planId: true,
  roundId: true,
  actionId: true,
} as const;

/** The audit log, filtered, newest first, a page at a time, in Dutch; ministry editors only. Read-only for everyone. */
export async function findAuditLog(options: { user: Actor; filter: AuditFilter }) {
  assertCan(options.user, 'audit.view', null);
  const where = auditWhere(options.filter);
  const [total, rows] = await Promise.all([
    prisma.auditLogEntry.count({ where }),
    prisma.auditLogEntry.findMany({
      where,
      orderBy: { id: 'desc' },
      skip: (options.filter.pagina - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: auditRowSelect,
    }),
  ]);
  const names = await findAuditNames(rows);
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    lines: rows.map((row) => describeAuditLine(row, names)),
  };
}

/** One line of the log in full (every field, also those that stayed the same), with where it belongs; null when there is none. */
export async function findAuditEntry(options: { user: Actor; id: number }) {
  assertCan(options.user, 'audit.view', null);
  const row = await prisma.auditLogEntry.findUnique({ where: { id: options.id }, select: auditRowSelect });
  if (!row) return null;
  const names = await findAuditNames([row]);
  const action = row.actionId === null ? undefined : names.actions[row.actionId];
  const round = row.roundId === null ? undefined : names.rounds[row.roundId];
  const plan = row.planId === null ? undefined : names.plans[row.planId];
  return {
    line: describeAuditLine(row, names, { all: true }),
    context: {
      plan: plan ? { id: row.planId!, title: plan.title } : null,
      round: round ? { id: row.roundId!, title: round.title } : null,
      action: action ? { id: row.actionId!, title: action.title, planId: action.planId } : null,
    },
  };
}
