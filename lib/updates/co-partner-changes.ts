import type { Prisma } from '@/lib/generated/prisma/client';
import type { Tx } from '@/lib/audit/record-audit';
import { STATUS_LABELS } from '@/lib/actions/status';
import { wordDiff, type TextPart } from '@/lib/plans/compare-rows';

/**
 * An entry a partner marked ready that a partner of another responsible organisation has changed
 * since: who changed it last and when, and what differs from the version that was marked ready.
 * It lasts until that organisation marks the entry ready again.
 */
export type CoPartnerChange = {
  entryId: number;
  roundId: number;
  actionTitle: string;
  round: { title: string; planTitle: string };
  /** The organisation that marked the entry ready: the one to tell. */
  markerOrganisationId: number;
  markedAt: string;
  changedBy: { name: string; organisation: string };
  changedAt: string;
  changes: { status: { before: string; after: string } | null; result: TextPart[] | null; planning: TextPart[] | null };
};

const versionSelect = {
  version: true,
  status: true,
  result: true,
  planning: true,
  createdAt: true,
  createdBy: { select: { name: true, organisationId: true, organisation: { select: { abbreviation: true } } } },
} satisfies Prisma.ActionUpdateSelect;

type Version = Prisma.ActionUpdateGetPayload<{ select: typeof versionSelect }>;

type Mark = { entryId: number; organisationId: number; version: number; at: Date };

/**
 * The co-partner changes among the entries `where` selects, in rounds still being worked on (open,
 * or closed awaiting publication); with `organisationId`, only those to tell that organisation.
 * Each organisation's marks are its own `update.markReady` lines in the audit log (a co-partner who
 * marks the entry ready in turn does not wipe out the first partner's mark). Three queries,
 * whatever the number of entries.
 */
export async function findCoPartnerChanges(db: Tx, where: Prisma.ActionEntryWhereInput, organisationId?: number): Promise<CoPartnerChange[]> {
  const entries = await db.actionEntry.findMany({
    where: { AND: [where, { round: { state: { in: ['OPEN', 'CLOSED'] } } }] },
    orderBy: [{ roundId: 'asc' }, { lineId: 'asc' }, { position: 'asc' }],
    select: {
      id: true,
      roundId: true,
      action: { select: { title: true, responsibilities: { select: { organisationId: true } } } },
      round: { select: { title: true, plan: { select: { title: true } } } },
    },
  });
  const marks = await latestMarks(db, entries, organisationId);
  if (marks.length === 0) return [];
  const versions = await db.actionUpdate.findMany({
    where: { OR: marks.map((mark) => ({ entryId: mark.entryId, version: { gte: mark.version } })) },
    orderBy: [{ entryId: 'asc' }, { version: 'asc' }],
    select: { entryId: true, ...versionSelect },
  });
  const entryOf = new Map(entries.map((entry) => [entry.id, entry]));
  const order = new Map(entries.map((entry, index) => [entry.id, index]));
  return marks.sort((a, b) => order.get(a.entryId)! - order.get(b.entryId)!).flatMap((mark) => {
    const entry = entryOf.get(mark.entryId)!;
    const own = versions.filter((version) => version.entryId === mark.entryId && version.version >= mark.version);
    const marked = own[0];
    const foreign = own.slice(1).filter((version) => isOtherPartner(version, mark.organisationId)).at(-1);
    if (!marked || marked.version !== mark.version || !foreign) return [];
    return [
      {
        entryId: entry.id,
        roundId: entry.roundId,
        actionTitle: entry.action.title,
        round: { title: entry.round.title, planTitle: entry.round.plan.title },
        markerOrganisationId: mark.organisationId,
        markedAt: mark.at.toISOString(),
        changedBy: { name: foreign.createdBy!.name, organisation: foreign.createdBy!.organisation!.abbreviation },
        changedAt: foreign.createdAt.toISOString(),
        changes: changesBetween(marked, own.at(-1)!),
      },
    ];
  });
}

/** Per entry and partner organisation still responsible for it, the latest time it marked the entry ready. */
async function latestMarks(
  db: Tx,
  entries: { id: number; action: { responsibilities: { organisationId: number }[] } }[],
  organisationId: number | undefined,
): Promise<Mark[]> {
  if (entries.length === 0) return [];
  const lines = await db.auditLogEntry.findMany({
    where: {
      permission: 'update.markReady',
      entityType: 'entry',
      entityId: { in: entries.map((entry) => String(entry.id)) },
      actorOrganisationId: organisationId ?? { not: null },
    },
    orderBy: { id: 'asc' },
    select: { entityId: true, actorOrganisationId: true, after: true, createdAt: true },
  });
  const responsible = new Map(entries.map((entry) => [entry.id, new Set(entry.action.responsibilities.map((r) => r.organisationId))]));
  const latest = new Map<string, Mark>();
  for (const line of lines) {
    const entryId = Number(line.entityId);
    const version = markedVersion(line.after);
    if (version === null || !responsible.get(entryId)?.has(line.actorOrganisationId!)) continue;
    latest.set(`${entryId}:${line.actorOrganisationId}`, { entryId, organisationId: line.actorOrganisationId!, version, at: line.createdAt });
  }
  return [...latest.values()];
}

/** The version an `update.markReady` line says was marked ready (its `after.version`). */
function markedVersion(after: Prisma.JsonValue): number | null {
  if (after === null || typeof after !== 'object' || Array.isArray(after)) return null;
  const version = after.version;
  return typeof version === 'number' ? version : null;
}

function isOtherPartner(version: Version, markerOrganisationId: number): boolean {
  const organisationId = version.createdBy?.organisationId;
  return organisationId !== undefined && organisationId !== null && organisationId !== markerOrganisationId;
}

function changesBetween(before: Version, after: Version): CoPartnerChange['changes'] {
  const diffIfChanged = (a: string, b: string) => (a.trim() === b.trim() ? null : wordDiff(a, b));
  return {
    status: before.status === after.status ? null : { before: STATUS_LABELS[before.status], after: STATUS_LABELS[after.status] },
    result: diffIfChanged(before.result, after.result),
    planning: diffIfChanged(before.planning, after.planning),
  };
}
