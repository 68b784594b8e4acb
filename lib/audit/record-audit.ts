import type { Prisma } from '@/lib/generated/prisma/client';
import type { LinkPermission, Permission } from '@/lib/auth/permissions';

/** A transaction of the app's Prisma client. */
export type Tx = Prisma.TransactionClient;

export type AuditRecord = {
  /** Who did it; null for the command line (`npm run user:create`). */
  actorId: number | null;
  /** The permission exercised, e.g. "update.save"; "user.create" from the command line too. */
  permission: Permission | LinkPermission;
  entityType: 'plan' | 'line' | 'action' | 'round' | 'entry' | 'organisation' | 'user' | 'mail';
  entityId: number;
  before?: unknown;
  after?: unknown;
};

/**
 * Writes one line of the audit log, in the transaction of the mutation it records, so a change
 * and its record are committed together or not at all. The table is append-only (a trigger
 * refuses UPDATE and DELETE).
 */
export async function recordAudit(tx: Tx, record: AuditRecord): Promise<void> {
  await tx.auditLogEntry.create({
    data: {
      actorId: record.actorId,
      permission: record.permission,
      entityType: record.entityType,
      entityId: String(record.entityId),
      before: toJson(record.before),
      after: toJson(record.after),
    },
  });
}

const SECRET_KEYS = new Set(['passwordHash', 'password', 'token', 'tokenHash']);

/** Plain JSON (dates as ISO strings); undefined leaves the column null. Never a password, token or hash of either. */
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value, (key, v: unknown) => (SECRET_KEYS.has(key) ? undefined : v))) as Prisma.InputJsonValue;
}
