import 'server-only';
import { prisma } from '@/lib/db';
import { assertCan } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';

export const AUDIT_PAGE_SIZE = 50;

export const ENTITY_LABELS: Record<string, string> = {
  plan: 'plan',
  line: 'actielijn',
  action: 'actie',
  round: 'ronde',
  entry: 'actie in ronde',
  organisation: 'organisatie',
  user: 'account',
};

/** The audit log, newest first, a page at a time; read-only for everyone, ministry editors only. */
export async function findAuditLog(options: { user: Actor; page: number; entityType?: string }) {
  assertCan(options.user, 'audit.view', null);
  const where = options.entityType ? { entityType: options.entityType } : {};
  const [total, rows] = await Promise.all([
    prisma.auditLogEntry.count({ where }),
    prisma.auditLogEntry.findMany({
      where,
      orderBy: { id: 'desc' },
      skip: (options.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        action: true,
        entityType: true,
        entityId: true,
        before: true,
        after: true,
        createdAt: true,
        actor: { select: { name: true, email: true } },
      },
    }),
  ]);
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    rows: rows.map((row) => ({
      ...row,
      createdAt: row.createdAt.toISOString(),
      before: row.before === null ? null : JSON.stringify(row.before, null, 1),
      after: row.after === null ? null : JSON.stringify(row.after, null, 1),
    })),
  };
}
