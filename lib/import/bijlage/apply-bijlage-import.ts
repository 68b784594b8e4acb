import 'server-only';
import { prisma } from '@/lib/db';
import { recordAudit, type Tx } from '@/lib/audit/record-audit';
import { createActionsIn } from '@/lib/actions/create-actions';
import { ConflictError, NotFoundError, ValidationError } from '@/lib/errors';
import type { BijlageChoices } from '@/lib/import/bijlage/bijlage-preview';
import { actorIdOf, assertImportMay, assertImportRoleMay, type ImportActor } from '@/lib/import/bijlage/import-actor';
import { findBijlageUpload, newRoundOf, UPLOAD_NOT_FOUND, type BijlageUpload } from '@/lib/import/bijlage/load-bijlage-import';
import { parseBijlage } from '@/lib/import/bijlage/parse-bijlage';
import { computeBijlageImport, headingsToCreate } from '@/lib/import/bijlage/preview-bijlage-import';
import { organisationsNamedIn } from '@/lib/import/bijlage/responsible-organisations';
import { writeImportedEntries, type ImportedEntry } from '@/lib/import/bijlage/write-imported-entries';
import { createLineIn } from '@/lib/lines/create-line';
import { createRoundIn } from '@/lib/rounds/create-round';
import { lockRound } from '@/lib/rounds/lock-round';

/** As the preview counts them: new actions (with their entry), entries written for existing actions, rows that said what the round says, rows left out. */
export type BijlageOutcome = { roundId: number; created: number; updated: number; unchanged: number; skipped: number; newLines: number };

/**
 * Imports an uploaded bijlage with the editor's choices, in one transaction: all or nothing. The
 * upload is locked and must still be waiting; a new round is created (in concept) through
 * createRound's body, a round in concept is locked; new headings become lines through createLine's
 * body, and all *nieuw* rows actions at once through createActionsIn (createAction's body for many,
 * their audit lines included); then each row's entry is written (writeImportedEntries). A row that says what the round already says
 * writes nothing, so importing the same document again changes nothing. With `closeRound` (a report
 * already sent to Parliament) the round is closed in the same transaction, ready for the publish step.
 */
export async function applyBijlageImport(options: {
  user: ImportActor | null;
  importId: number;
  choices: BijlageChoices;
  closeRound?: boolean;
}): Promise<BijlageOutcome> {
  const { user } = options;
  assertImportRoleMay(user, 'import.applyBijlage');
  const actorId = actorIdOf(user);
  const stored = await findBijlageUpload(prisma, options.importId);
  const parsed = await parseBijlage(Buffer.from(stored.content));
  return prisma.$transaction(
    async (tx) => {
      const [locked] = await tx.$queryRaw<{ state: string }[]>`SELECT state FROM import_files WHERE id = ${stored.id} FOR UPDATE`;
      if (!locked) throw new NotFoundError(UPLOAD_NOT_FOUND);
      if (locked.state !== 'UPLOADED') {
        throw new ConflictError(locked.state === 'APPLIED' ? 'Deze upload is al geïmporteerd.' : 'Deze upload is weggegooid.');
      }
      const upload = await findBijlageUpload(tx, stored.id);
      const roundId = await targetRound(tx, user, upload, actorId);
      const { preview, plan, built, round } = await computeBijlageImport(tx, { ...upload, roundId }, parsed, options.choices);
      if (preview.choiceProblems.length > 0) throw new ValidationError(preview.choiceProblems[0]!, { choices: preview.choiceProblems });

      const lineOfHeading = new Map<number, number>();
      built.lines.forEach((line) => line.line && lineOfHeading.set(line.index, line.line.id));
      // A code the document repeats (the same actielijn heading twice) becomes one new line.
      const createdByCode = new Map<string, number>();
      for (const index of headingsToCreate(built, parsed)) {
        const heading = parsed.headings[index]!;
        const parentId = heading.parentIndex === null ? undefined : lineOfHeading.get(heading.parentIndex);
        const existing = createdByCode.get(heading.code!);
        const lineId = existing ?? (await createLineIn(tx, { actorId, planId: plan.plan.id, parentId, code: heading.code!, title: heading.title, opgave: '' })).id;
        createdByCode.set(heading.code!, lineId);
        lineOfHeading.set(index, lineId);
      }

      const actionLine = new Map(plan.actions.map((action) => [action.id, action.lineId]));
      const kept = built.rows.filter((row) => row.chosen !== 'skip');
      const lineOf = (row: (typeof kept)[number]) => (row.lineIndex === null ? undefined : lineOfHeading.get(row.lineIndex));
      const newRows = kept.filter((row) => row.chosen === 'new');
      const createdActions = await createActionsIn(tx, {
        actorId,
        actions: newRows.map((row) => ({
          planId: plan.plan.id, lineId: lineOf(row)!, title: row.title, description: '',
          organisationIds: organisationsNamedIn(row.responsibleText, plan.organisationCodes),
        })),
      });
      const createdFor = new Map(newRows.map((row, i) => [row, createdActions[i]!.id]));
      const entries: ImportedEntry[] = kept.map((row, position) => {
        const actionId = typeof row.chosen === 'number' ? row.chosen : createdFor.get(row)!;
        const { title, status, result, planning } = row;
        return { actionId, lineId: lineOf(row) ?? actionLine.get(actionId)!, position, title, status, result, planning };
      });
      const written = await writeImportedEntries(tx, { roundId, roundDate: round!.date, actorId, importId: stored.id, entries });

      if (options.closeRound) {
        await tx.reportingRound.update({ where: { id: roundId }, data: { state: 'CLOSED', closedAt: new Date() } });
        await recordAudit(tx, { actorId, permission: 'round.close', entityType: 'round', entityId: roundId, before: { state: 'DRAFT' }, after: { state: 'CLOSED' } });
      }
      const outcome: BijlageOutcome = {
        roundId,
        created: createdActions.length,
        updated: written.created + written.updated - createdActions.length,
        unchanged: written.unchanged,
        skipped: built.rows.filter((row) => row.chosen === 'skip').length,
        newLines: preview.counts.newLines,
      };
      await tx.importFile.update({
        where: { id: upload.id },
        data: { state: 'APPLIED', appliedAt: new Date(), appliedById: actorId, outcome, roundId },
      });
      await recordAudit(tx, {
        actorId,
        permission: 'import.applyBijlage',
        entityType: 'import',
        entityId: upload.id,
        before: { state: 'UPLOADED' },
        after: { state: 'APPLIED', ...outcome, closed: options.closeRound === true, sha256: upload.sha256 },
      });
      return outcome;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

/** The round imported into, locked: the upload's round (still in concept), or a new one created now. */
async function targetRound(tx: Tx, user: ImportActor, upload: BijlageUpload, actorId: number | null) {
  if (upload.roundId !== null) {
    const round = await lockRound(tx, upload.roundId);
    assertImportMay(user, 'import.applyBijlage', { state: round.state });
    return round.id;
  }
  assertImportMay(user, 'import.applyBijlage', null);
  const requested = newRoundOf(upload);
  if (!requested) throw new NotFoundError('De ronde van deze upload bestaat niet meer.');
  const round = await createRoundIn(tx, { actorId, planId: upload.planId, title: requested.title, date: requested.date });
  await lockRound(tx, round.id);
  return round.id;
}
