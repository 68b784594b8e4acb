import type { Prisma } from '@/lib/generated/prisma/client';
import type { LinkPermission, Permission } from '@/lib/auth/permissions';

/** A transaction of the app's Prisma client. */
export type Tx = Prisma.TransactionClient;

export type AuditRecord = {
  /** Who did it; null for the command line (`npm run user:create`). */
  actorId: number | null;
  /** The permission exercised, e.g. "update.save"; "user.create" from the command line too. */
  permission: Permission | LinkPermission;
  entityType: 'plan' | 'line' | 'action' | 'round' | 'entry' | 'organisation' | 'user' | 'mail' | 'import';
  entityId: number;
  before?: unknown;
  after?: unknown;
  /** Where the subject belonged, for a subject that is gone once the line is written (a deleted round). */
  belongsTo?: Partial<AuditContext>;
};

/** Where an audit line belongs, for the log's filters by plan, round and action. */
export type AuditContext = { planId: number | null; roundId: number | null; actionId: number | null };

/**
 * Writes one line of the audit log, in the transaction of the mutation it records, so a change
 * and its record are committed together or not at all. The table is append-only (a trigger
 * refuses UPDATE and DELETE). The plan, round and action the subject belongs to, and the actor's
 * organisation, are looked up here and kept with the line, as they were at that moment.
 */
export async function recordAudit(tx: Tx, record: AuditRecord): Promise<void> {
  const [context, actor] = await Promise.all([
    contextOf(tx, record),
    record.actorId === null ? null : tx.user.findUnique({ where: { id: record.actorId }, select: { organisationId: true } }),
  ]);
  await tx.auditLogEntry.create({ data: auditLine(record, context, actor?.organisationId ?? null) });
}

/**
 * The lines of several changes of entries at once (a workbook's saves), each as recordAudit writes
 * it, with the entries' places looked up once for all of them.
 */
export async function recordEntryAudits(tx: Tx, records: (AuditRecord & { entityType: 'entry' })[]): Promise<void> {
  if (records.length === 0) return;
  const entries = await tx.actionEntry.findMany({
    where: { id: { in: records.map((record) => record.entityId) } },
    select: { id: true, actionId: true, roundId: true, round: { select: { planId: true } } },
  });
  const entryById = new Map(entries.map((entry) => [entry.id, entry]));
  await recordAudits(
    tx,
    records.map((record) => {
      const entry = entryById.get(record.entityId);
      return { ...record, context: entry ? { planId: entry.round.planId, roundId: entry.roundId, actionId: entry.actionId } : NO_CONTEXT };
    }),
  );
}

/**
 * Several lines at once (one createMany), each as recordAudit writes it, for a caller that knows
 * where each subject belongs (`context`: a batch of new actions); the actors' organisations are
 * looked up once for all of them.
 */
export async function recordAudits(tx: Tx, records: readonly (AuditRecord & { context: AuditContext })[]): Promise<void> {
  if (records.length === 0) return;
  const actorIds = [...new Set(records.flatMap((record) => (record.actorId === null ? [] : [record.actorId])))];
  const actors = actorIds.length === 0 ? [] : await tx.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, organisationId: true } });
  const organisationOf = new Map(actors.map((actor) => [actor.id, actor.organisationId]));
  await tx.auditLogEntry.createMany({
    data: records.map(({ context, ...record }) =>
      auditLine(record, context, record.actorId === null ? null : (organisationOf.get(record.actorId) ?? null)),
    ),
  });
}

function auditLine(record: AuditRecord, context: AuditContext, actorOrganisationId: number | null) {
  return {
    actorId: record.actorId,
    actorOrganisationId,
    ...context,
    ...record.belongsTo,
    permission: record.permission,
    entityType: record.entityType,
    entityId: String(record.entityId),
    before: toJson(record.before),
    after: toJson(record.after),
  };
}

const NO_CONTEXT: AuditContext = { planId: null, roundId: null, actionId: null };

async function contextOf(tx: Tx, { entityType, entityId: id }: AuditRecord): Promise<AuditContext> {
  switch (entityType) {
    case 'entry': {
      const entry = await tx.actionEntry.findUnique({ where: { id }, select: { actionId: true, roundId: true, round: { select: { planId: true } } } });
      return entry ? { planId: entry.round.planId, roundId: entry.roundId, actionId: entry.actionId } : NO_CONTEXT;
    }
    case 'round': {
      const round = await tx.reportingRound.findUnique({ where: { id }, select: { planId: true } });
      return round ? { ...NO_CONTEXT, planId: round.planId, roundId: id } : NO_CONTEXT;
    }
    case 'action': {
      const action = await tx.action.findUnique({ where: { id }, select: { planId: true } });
      return action ? { ...NO_CONTEXT, planId: action.planId, actionId: id } : NO_CONTEXT;
    }
    case 'line': {
      const line = await tx.actionLine.findUnique({ where: { id }, select: { planId: true } });
      return line ? { ...NO_CONTEXT, planId: line.planId } : NO_CONTEXT;
    }
    case 'plan':
      return { ...NO_CONTEXT, planId: id };
    case 'import': {
      const upload = await tx.importFile.findUnique({ where: { id }, select: { planId: true, roundId: true } });
      return upload ? { ...NO_CONTEXT, planId: upload.planId, roundId: upload.roundId } : NO_CONTEXT;
    }
    default:
      return NO_CONTEXT;
  }
}

const SECRET_KEYS = new Set(['passwordHash', 'password', 'token', 'tokenHash']);

/** Plain JSON (dates as ISO strings); undefined leaves the column null. Never a password, token or hash of either. */
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value, (key, v: unknown) => (SECRET_KEYS.has(key) ? undefined : v))) as Prisma.InputJsonValue;
}
