import 'server-only';
import { prisma } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertCan } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { ConflictError, ForbiddenError, NotFoundError } from '@/lib/errors';
import { saveActionUpdatesIn } from '@/lib/updates/save-action-update';
import { findWorkbookUpload, judgeWorkbookUpload } from '@/lib/import/workbook/judge-workbook-upload';
import { assertWorkbookRound } from '@/lib/import/workbook/workbook-round';
import type { WorkbookPreview, WorkbookPreviewRow } from '@/lib/import/workbook/workbook-preview';

export type WorkbookOutcome = { saved: number; unchanged: number; conflicts: number; refused: number; invalid: number };

/** Long enough for a workbook of a whole round (2,000 saves), in one transaction. */
const TRANSACTION = { timeout: 120_000, maxWait: 10_000 };

/**
 * Saves every row of an uploaded workbook that its preview shows as a change, through the same
 * checks as the form's save (permissions, a new version on the row's base version, the audit line), in one
 * transaction: all or nothing. Rows in conflict, refused or invalid are never saved, only
 * counted. With `previewKey` (WorkbookPreview.previewKey) nothing is saved when any row's outcome
 * or current version differs from what that preview showed; without it the rows are judged as
 * they stand now. A row whose entry is saved by someone else during the apply refuses it too.
 */
export async function applyWorkbookImport(options: { user: Actor; importId: number; previewKey?: string }): Promise<WorkbookOutcome> {
  const { user } = options;
  assertCan(user, 'import.applyWorkbook', null);
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM import_files WHERE id = ${options.importId} FOR UPDATE`;
    const upload = await findWorkbookUpload(tx, user, options.importId);
    if (upload.state !== 'UPLOADED') {
      throw new ConflictError(
        upload.state === 'APPLIED'
          ? 'Deze werkmap is al verwerkt; er is niets opnieuw opgeslagen.'
          : 'Deze upload is weggegooid; upload de werkmap opnieuw om hem te verwerken.',
      );
    }
    // Each row is judged as the uploader may edit it: no one applies another's workbook.
    if (upload.uploadedById !== user.id) throw new ForbiddenError('Alleen wie de werkmap uploadde, kan haar verwerken.');
    if (upload.round) assertWorkbookRound(user, upload.round.state);
    const preview = await judgeWorkbookUpload(tx, user, upload);
    if (options.previewKey !== undefined && options.previewKey !== preview.previewKey) {
      throw new ConflictError(changedSincePreview(preview, options.previewKey));
    }

    const changes = preview.rows.filter((row) => row.outcome === 'change');
    const results = await saveActionUpdatesIn(
      tx,
      user,
      changes.map((row) => ({ entryId: row.entryId!, baseVersion: row.baseVersion!, content: row.proposed! })),
      (index, error) => {
        const row = changes[index]!.row;
        if (error instanceof ConflictError) return new ConflictError(`Rij ${row} is zojuist gewijzigd door iemand anders; bekijk het voorbeeld opnieuw. Er is niets opgeslagen.`);
        if (error instanceof ForbiddenError || error instanceof NotFoundError) return new ForbiddenError(`Rij ${row}: ${error.message} Er is niets opgeslagen.`);
        return error;
      },
    );
    const saved = results.filter((result) => result.changed).length;
    const outcome: WorkbookOutcome = {
      saved,
      unchanged: preview.counts.unchanged,
      conflicts: preview.counts.conflict,
      refused: preview.counts.refused,
      invalid: preview.counts.invalid,
    };
    await tx.importFile.update({
      where: { id: upload.id },
      data: { state: 'APPLIED', appliedAt: new Date(), appliedById: user.id, outcome },
    });
    await recordAudit(tx, {
      actorId: user.id,
      permission: 'import.applyWorkbook',
      entityType: 'import',
      entityId: upload.id,
      before: { state: 'UPLOADED' },
      after: { state: 'APPLIED', roundId: preview.round.id, ...outcome },
    });
    return outcome;
  }, TRANSACTION);
}

/** "Rij 4 is intussen gewijzigd door Piet; rij 9 …; bekijk het voorbeeld opnieuw. Er is niets opgeslagen." */
function changedSincePreview(preview: WorkbookPreview, previewKey: string): string {
  const seen = previewKey.split('.');
  const now = preview.previewKey.split('.');
  const changed = preview.rows.filter((_row, index) => seen[index] !== now[index]);
  const named = changed.slice(0, 10).map((row, index) => {
    const text = describeChange(row);
    return index === 0 ? text.charAt(0).toUpperCase() + text.slice(1) : text;
  });
  if (changed.length > 10) named.push(`en ${changed.length - 10} andere rijen`);
  if (named.length === 0) named.push('De werkmap is veranderd');
  return `${named.join('; ')}; bekijk het voorbeeld opnieuw. Er is niets opgeslagen.`;
}

function describeChange(row: WorkbookPreviewRow): string {
  if (row.current && row.outcome === 'conflict') {
    return `rij ${row.row} is intussen gewijzigd door ${row.current.savedBy ?? 'iemand anders'} (versie ${row.current.version})`;
  }
  return `rij ${row.row} is veranderd sinds het voorbeeld`;
}
