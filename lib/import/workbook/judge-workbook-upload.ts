import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Tx } from '@/lib/audit/record-audit';
import { can } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session-user';
import { NotFoundError } from '@/lib/errors';
import type { Database } from '@/lib/prisma-client';
import type { UpdateContent } from '@/lib/updates/update-content';
import { readWorkbookFile } from '@/lib/import/workbook/read-workbook';
import { baseKey, judgeWorkbookRows, maySee, previewKeyOf } from '@/lib/import/workbook/judge-workbook-rows';
import { workbookEntrySelect, workbookRoundSelect, type WorkbookEntry } from '@/lib/import/workbook/workbook-round';
import type { WorkbookPreview, WorkbookRowOutcome } from '@/lib/import/workbook/workbook-preview';

const uploadSelect = {
  id: true,
  fileName: true,
  format: true,
  uploadedAt: true,
  uploadedById: true,
  uploadedBy: { select: { name: true } },
  state: true,
  content: true,
  round: { select: workbookRoundSelect },
} satisfies Prisma.ImportFileSelect;

export type WorkbookUpload = Prisma.ImportFileGetPayload<{ select: typeof uploadSelect }>;

/** A workbook upload the user may see (`import.view`: the ministry any, a partner its own); NotFoundError otherwise. */
export async function findWorkbookUpload(db: Database | Tx, user: SessionUser, importId: number): Promise<WorkbookUpload> {
  const upload = await db.importFile.findFirst({ where: { id: importId, kind: 'WORKBOOK' }, select: uploadSelect });
  if (!upload || !can(user, 'import.view', { uploadedById: upload.uploadedById })) {
    throw new NotFoundError('Deze upload bestaat niet, of is niet van u.');
  }
  return upload;
}

const OUTCOMES: WorkbookRowOutcome[] = ['change', 'unchanged', 'conflict', 'refused', 'invalid'];

/**
 * The preview of a stored workbook, computed again from its bytes and the entries as they are
 * now: three queries whatever the number of rows (the entries, and the versions that rows in
 * conflict were based on), besides the upload itself.
 */
export async function judgeWorkbookUpload(db: Database | Tx, user: SessionUser, upload: WorkbookUpload): Promise<WorkbookPreview> {
  const round = upload.round;
  if (!round) throw new NotFoundError('De ronde van deze werkmap bestaat niet meer.');
  const { format, sheet } = await readWorkbookFile(Buffer.from(upload.content));
  const ids = [...new Set(sheet.rows.map((row) => Number((row.cells.id ?? '').trim())).filter((id) => Number.isInteger(id) && id >= 1 && id <= 2_147_483_647))];
  const found = await db.actionEntry.findMany({ where: { id: { in: ids } }, select: workbookEntrySelect });
  const entries = new Map<number, WorkbookEntry>(found.map((entry) => [entry.id, entry]));

  const stale = sheet.rows.flatMap((row) => {
    const entry = entries.get(Number((row.cells.id ?? '').trim()));
    const version = Number((row.cells.version ?? '').trim());
    return entry && Number.isInteger(version) && version >= 1 && version !== entry.currentUpdate?.version
      ? [{ entryId: entry.id, version }]
      : [];
  });
  const bases = new Map<string, UpdateContent>();
  if (stale.length > 0) {
    const versions = await db.actionUpdate.findMany({
      where: { OR: stale },
      select: { entryId: true, version: true, status: true, result: true, planning: true },
    });
    for (const version of versions) bases.set(baseKey(version.entryId, version.version), version);
  }

  const rows = judgeWorkbookRows(user, round, sheet.rows, entries, bases);
  const counts = Object.fromEntries(OUTCOMES.map((outcome) => [outcome, 0])) as Record<WorkbookRowOutcome, number>;
  for (const row of rows) counts[row.outcome]++;
  const problems = [...sheet.problems];
  // Only rounds the uploader may see are named: an id typed into the workbook tells nothing else.
  const otherRound = found.filter((entry) => entry.roundId !== round.id && maySee(user, entry));
  if (otherRound.length > 0 && otherRound.length === rows.filter((row) => row.entryId !== null).length) {
    problems.push(`Deze werkmap is van een andere ronde (‘${otherRound[0]!.round.title}’), niet van ‘${round.title}’. Download de werkmap van deze ronde.`);
  }
  if (sheet.rows.length === 0 && sheet.problems.length === 0) problems.push('Deze werkmap heeft geen rijen met acties.');
  return {
    importId: upload.id,
    fileName: upload.fileName,
    format: format,
    uploadedAt: upload.uploadedAt,
    uploadedBy: upload.uploadedBy?.name ?? null,
    state: upload.state,
    round: { id: round.id, title: round.title, state: round.state },
    plan: round.plan,
    rows,
    counts,
    problems,
    previewKey: previewKeyOf(rows),
  };
}
