import 'server-only';
import type { Tx } from '@/lib/audit/record-audit';
import type { ActionStatus } from '@/lib/actions/status';
import { isoDateToDate } from '@/lib/dates';
import { NotFoundError } from '@/lib/errors';
import type { RoundState } from '@/lib/generated/prisma/client';
import type { Database } from '@/lib/prisma-client';
import { findPreviousUpdates } from '@/lib/rounds/find-previous-updates';

export const UPLOAD_NOT_FOUND = 'Deze upload bestaat niet, of u heeft er geen toegang toe.';

/** What an entry of the target round says now: an import leaves it unchanged when the row says the same. */
export type TargetEntry = { entryId: number; version: number; title: string; status: ActionStatus; result: string; planning: string };

/** An upload of a bijlage as the preview and the import read it. */
export async function findBijlageUpload(db: Tx | Database, importId: number) {
  const upload = await db.importFile.findUnique({
    where: { id: importId },
    select: {
      id: true,
      kind: true,
      fileName: true,
      sha256: true,
      content: true,
      planId: true,
      roundId: true,
      newRound: true,
      state: true,
      uploadedAt: true,
      uploadedById: true,
      uploadedBy: { select: { name: true } },
    },
  });
  if (!upload || upload.kind !== 'BIJLAGE') throw new NotFoundError(UPLOAD_NOT_FOUND);
  return upload;
}

export type BijlageUpload = Awaited<ReturnType<typeof findBijlageUpload>>;

export type ImportRound = { id: number; key: string; title: string; date: Date; state: RoundState };

/** The new round an upload asked for (title, ISO date), as stored with it. */
export function newRoundOf(upload: Pick<BijlageUpload, 'newRound'>): { title: string; date: string } | null {
  const value = upload.newRound;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const { title, date } = value as Record<string, unknown>;
  return typeof title === 'string' && typeof date === 'string' ? { title, date } : null;
}

/**
 * Everything of the plan a bijlage is matched against and compared with, in a fixed handful of
 * queries whatever its size: the lines, the actions, what the latest published round before the
 * target said of each, what the target round's entries say now, and the organisations' codes.
 * `round` is the target round, or null for a new one (then `date` is the new round's).
 */
export async function loadBijlagePlan(db: Tx | Database, options: { planId: number; round: ImportRound | null; date: string }) {
  const plan = await db.plan.findUnique({ where: { id: options.planId }, select: { id: true, slug: true, title: true } });
  if (!plan) throw new NotFoundError('Dit plan bestaat niet.');
  const lines = await db.actionLine.findMany({
    where: { planId: plan.id },
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
    select: { id: true, code: true, title: true, parentId: true, archivedAt: true },
  });
  const actions = await db.action.findMany({
    where: { planId: plan.id },
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
    select: { id: true, lineId: true, title: true, discontinuedAt: true },
  });
  const previous = await findPreviousUpdates(
    db,
    { id: options.round?.id ?? -1, planId: plan.id, date: options.round?.date ?? isoDateToDate(options.date) },
    actions.map((action) => action.id),
  );
  const targetEntries = new Map<number, TargetEntry>();
  if (options.round) {
    const entries = await db.actionEntry.findMany({
      where: { roundId: options.round.id },
      select: { id: true, actionId: true, currentUpdate: { select: { version: true, title: true, status: true, result: true, planning: true } } },
    });
    for (const entry of entries) {
      if (entry.currentUpdate) targetEntries.set(entry.actionId, { entryId: entry.id, ...entry.currentUpdate });
    }
  }
  const codes = await db.organisationCode.findMany({ select: { code: true, organisationId: true } });
  return {
    plan,
    lines,
    actions,
    previous,
    targetEntries,
    organisationCodes: new Map(codes.map((code) => [code.code, code.organisationId])),
  };
}

export type BijlagePlan = Awaited<ReturnType<typeof loadBijlagePlan>>;

/** An earlier upload of the same file applied to the same round. */
export async function findAppliedBefore(db: Tx | Database, upload: Pick<BijlageUpload, 'id' | 'sha256'>, roundId: number | null) {
  if (roundId === null) return null;
  const earlier = await db.importFile.findFirst({
    where: { id: { not: upload.id }, sha256: upload.sha256, roundId, state: 'APPLIED', kind: 'BIJLAGE' },
    orderBy: { appliedAt: 'desc' },
    select: { id: true, appliedAt: true, appliedBy: { select: { name: true } } },
  });
  return earlier && { importId: earlier.id, at: earlier.appliedAt!, by: earlier.appliedBy?.name ?? null };
}
