import type { Prisma } from '@/lib/generated/prisma/client';
import type { Tx } from '@/lib/audit/record-audit';
import { STATUS_LABELS } from '@/lib/actions/status';
import { wordDiff, type TextPart } from '@/lib/plans/compare-rows';

/**
 * An entry a partner marked ready that a partner of another responsible organisation has changed
 * since: who changed it last and when, and what differs from the version that was marked ready.
 * It lasts until the entry is marked ready again (which moves the mark to the version then current).
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

/**
 * The co-partner changes among the entries `where` selects, in rounds still being worked on (open,
 * or closed awaiting publication). Two queries, whatever the number of entries.
 */
export async function findCoPartnerChanges(db: Tx, where: Prisma.ActionEntryWhereInput): Promise<CoPartnerChange[]> {
  const entries = await db.actionEntry.findMany({
    where: {
      AND: [where, { readyMarkedVersion: { not: null }, readyMarkedBy: { organisationId: { not: null } }, round: { state: { in: ['OPEN', 'CLOSED'] } } }],
    },
    orderBy: [{ roundId: 'asc' }, { lineId: 'asc' }, { position: 'asc' }],
    select: {
      id: true,
      roundId: true,
      readyMarkedAt: true,
      readyMarkedVersion: true,
      readyMarkedBy: { select: { organisationId: true } },
      action: { select: { title: true } },
      round: { select: { title: true, plan: { select: { title: true } } } },
    },
  });
  if (entries.length === 0) return [];
  const versions = await db.actionUpdate.findMany({
    where: { OR: entries.map((entry) => ({ entryId: entry.id, version: { gte: entry.readyMarkedVersion! } })) },
    orderBy: [{ entryId: 'asc' }, { version: 'asc' }],
    select: { entryId: true, ...versionSelect },
  });
  return entries.flatMap((entry) => {
    const own = versions.filter((version) => version.entryId === entry.id);
    const marked = own[0];
    const markerOrganisationId = entry.readyMarkedBy!.organisationId!;
    const foreign = own.slice(1).filter((version) => isOtherPartner(version, markerOrganisationId)).at(-1);
    if (!marked || marked.version !== entry.readyMarkedVersion || !foreign) return [];
    return [
      {
        entryId: entry.id,
        roundId: entry.roundId,
        actionTitle: entry.action.title,
        round: { title: entry.round.title, planTitle: entry.round.plan.title },
        markerOrganisationId,
        markedAt: entry.readyMarkedAt!.toISOString(),
        changedBy: { name: foreign.createdBy!.name, organisation: foreign.createdBy!.organisation!.abbreviation },
        changedAt: foreign.createdAt.toISOString(),
        changes: changesBetween(marked, own.at(-1)!),
      },
    ];
  });
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
