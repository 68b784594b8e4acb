import 'server-only';
import { assertSignedIn, can } from '@/lib/auth/permissions';
import { prisma } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import type { Tx } from '@/lib/audit/record-audit';
import type { Database } from '@/lib/prisma-client';
import type { BijlageChoices, BijlagePreview } from '@/lib/import/bijlage/bijlage-preview';
import { buildBijlageRows, type BuiltRows } from '@/lib/import/bijlage/build-bijlage-rows';
import type { ImportActor } from '@/lib/import/bijlage/import-actor';
import {
  findAppliedBefore,
  findBijlageUpload,
  loadBijlagePlan,
  newRoundOf,
  UPLOAD_NOT_FOUND,
  type BijlagePlan,
  type BijlageUpload,
  type ImportRound,
} from '@/lib/import/bijlage/load-bijlage-import';
import { parseBijlage } from '@/lib/import/bijlage/parse-bijlage';
import type { ParsedBijlage } from '@/lib/import/bijlage/parsed-bijlage';

/**
 * What importing an uploaded bijlage would do, row by row, with the editor's choices: read again
 * from the stored file each time, matched to the plan, compared with the previous published round
 * and with what the target round says now. Writes nothing. A partner editor is told an upload that
 * is not theirs does not exist.
 */
export async function previewBijlageImport(options: {
  user: ImportActor | null;
  importId: number;
  choices?: BijlageChoices;
}): Promise<BijlagePreview> {
  const { user } = options;
  if (user !== 'command-line') assertSignedIn(user);
  const upload = await findBijlageUpload(prisma, options.importId);
  if (user !== 'command-line' && !can(user, 'import.view', { uploadedById: upload.uploadedById })) throw new NotFoundError(UPLOAD_NOT_FOUND);
  const parsed = await parseBijlage(Buffer.from(upload.content));
  const computed = await computeBijlageImport(prisma, upload, parsed, options.choices ?? {});
  return computed.preview;
}

/** The preview and the plan it was computed from: the import writes from the same. */
export async function computeBijlageImport(db: Tx | Database, upload: BijlageUpload, parsed: ParsedBijlage, choices: BijlageChoices) {
  const round = await targetRoundOf(db, upload);
  const requested = newRoundOf(upload);
  if (!round && !requested) throw new NotFoundError('De ronde van deze upload bestaat niet meer.');
  const plan = await loadBijlagePlan(db, { planId: upload.planId, round, date: requested?.date ?? '' });
  const built = buildBijlageRows(parsed, plan, choices);
  const appliedBefore = await findAppliedBefore(db, upload, round?.id ?? null);
  const preview: BijlagePreview = {
    importId: upload.id,
    fileName: upload.fileName,
    sha256: upload.sha256,
    uploadedAt: upload.uploadedAt,
    uploadedBy: upload.uploadedBy?.name ?? null,
    state: upload.state,
    plan: plan.plan,
    target: round
      ? { kind: 'existing', roundId: round.id, key: round.key, title: round.title, state: round.state }
      : { kind: 'new', title: requested!.title, date: requested!.date },
    appliedBefore,
    lines: built.lines,
    rows: built.rows,
    problems: parsed.problems,
    choiceProblems: built.choiceProblems,
    counts: { ...countsOf(built), newLines: new Set(headingsToCreate(built, parsed).map((index) => parsed.headings[index]!.code)).size },
    unmatchedActions: built.unmatchedActions,
  };
  return { preview, plan, round, built, requested };
}

async function targetRoundOf(db: Tx | Database, upload: BijlageUpload): Promise<ImportRound | null> {
  if (upload.roundId === null) return null;
  return db.reportingRound.findUniqueOrThrow({
    where: { id: upload.roundId },
    select: { id: true, key: true, title: true, date: true, state: true },
  });
}

/** The headings that get a new line: those without one that a new action goes under, and their parents. */
export function headingsToCreate(built: BuiltRows, parsed: ParsedBijlage): number[] {
  const needed = new Set<number>();
  const need = (index: number | null) => {
    for (let at = index; at !== null && built.lines[at]!.line === null; at = parsed.headings[at]!.parentIndex) needed.add(at);
  };
  for (const row of built.rows) if (row.chosen === 'new') need(row.lineIndex);
  return [...needed].sort((a, b) => a - b);
}

function countsOf(built: BuiltRows): BijlagePreview['counts'] {
  const count = (effect: string) => built.rows.filter((row) => row.effect === effect).length;
  return { create: count('create'), update: count('update'), unchanged: count('unchanged'), skip: count('skip'), newLines: 0 };
}

export type ComputedImport = Awaited<ReturnType<typeof computeBijlageImport>>;
export type { BijlagePlan };
