import 'server-only';
import { prisma } from '@/lib/db';
import { describeAuditEntry } from '@/lib/audit/audit-labels';
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
        permission: true,
        entityType: true,
        entityId: true,
        before: true,
        after: true,
        createdAt: true,
        actor: { select: { name: true, email: true } },
      },
    }),
  ]);
  const names = await entityNames(rows);
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    rows: rows.map((row) => ({
      ...row,
      entityName: names.get(`${row.entityType}:${row.entityId}`) ?? null,
      summary: describeAuditEntry(row.permission, row.after),
      createdAt: row.createdAt.toISOString(),
      before: row.before === null ? null : JSON.stringify(row.before, null, 1),
      after: row.after === null ? null : JSON.stringify(row.after, null, 1),
    })),
  };
}

/** A readable name for each row's subject ("Nieuwe landelijke campagne, Voortgang najaar 2026"). */
async function entityNames(rows: { entityType: string; entityId: string }[]): Promise<Map<string, string>> {
  const ids = (type: string) => rows.filter((r) => r.entityType === type).map((r) => Number(r.entityId)).filter(Number.isSafeInteger);
  const [entries, rounds, actions, lines, plans, organisations, users] = await Promise.all([
    prisma.actionEntry.findMany({
      where: { id: { in: ids('entry') } },
      select: { id: true, action: { select: { title: true } }, round: { select: { title: true } } },
    }),
    prisma.reportingRound.findMany({ where: { id: { in: ids('round') } }, select: { id: true, title: true, plan: { select: { title: true } } } }),
    prisma.action.findMany({ where: { id: { in: ids('action') } }, select: { id: true, title: true } }),
    prisma.actionLine.findMany({ where: { id: { in: ids('line') } }, select: { id: true, code: true, title: true } }),
    prisma.plan.findMany({ where: { id: { in: ids('plan') } }, select: { id: true, title: true } }),
    prisma.organisation.findMany({ where: { id: { in: ids('organisation') } }, select: { id: true, abbreviation: true } }),
    prisma.user.findMany({ where: { id: { in: ids('user') } }, select: { id: true, name: true } }),
  ]);
  return new Map([
    ...entries.map((e) => [`entry:${e.id}`, `${e.action.title}, ${e.round.title}`] as const),
    ...rounds.map((r) => [`round:${r.id}`, `${r.title} (${r.plan.title})`] as const),
    ...actions.map((a) => [`action:${a.id}`, a.title] as const),
    ...lines.map((l) => [`line:${l.id}`, `${l.code}. ${l.title}`] as const),
    ...plans.map((p) => [`plan:${p.id}`, p.title] as const),
    ...organisations.map((o) => [`organisation:${o.id}`, o.abbreviation] as const),
    ...users.map((u) => [`user:${u.id}`, u.name] as const),
  ]);
}
