import 'server-only';
import { prisma } from '@/lib/db';
import { NotFoundError, ValidationError } from '@/lib/errors';
import { assertImportMay, assertImportRoleMay, sessionUserOf, type ImportActor } from '@/lib/import/bijlage/import-actor';
import { parseBijlage } from '@/lib/import/bijlage/parse-bijlage';
import { IMPORT_LIMITS, megabytes } from '@/lib/import/import-limits';
import { storeImportFile } from '@/lib/import/store-import-file';
import { assertNotBeforeLatestPublished } from '@/lib/rounds/assert-round-date';
import { runningRoundRefusal } from '@/lib/rounds/create-round';
import { importFileNameField, newRoundSchema } from '@/lib/validation/bijlage-import';

export type BijlageTarget = { roundId: number } | { newRound: { title: string; date: string } };

/**
 * Keeps an uploaded Word bijlage for a plan and a round (an existing one in concept, or a new one
 * created when it is imported), after reading it once: a document that cannot be read, or has
 * tracked changes, is refused with the reader's Dutch message and not stored. Nothing of the plan
 * changes until the import is applied.
 */
export async function uploadBijlage(options: {
  user: ImportActor | null;
  planId: number;
  target: BijlageTarget;
  fileName: string;
  bytes: Buffer;
}): Promise<{ importId: number }> {
  const { user, target, bytes } = options;
  assertImportRoleMay(user, 'import.uploadBijlage');
  const fileName = fieldOrThrow(importFileNameField.safeParse(options.fileName), 'file');
  if (bytes.length === 0) throw new ValidationError('Het bestand is leeg.', { file: ['Het bestand is leeg.'] });
  if (bytes.length > IMPORT_LIMITS.fileBytes) {
    const message = `Het bestand is groter dan ${megabytes(IMPORT_LIMITS.fileBytes)}.`;
    throw new ValidationError(message, { file: [message] });
  }
  const plan = await prisma.plan.findUnique({ where: { id: options.planId }, select: { id: true } });
  if (!plan) throw new NotFoundError('Dit plan bestaat niet.');

  let roundId: number | null = null;
  let newRound: { title: string; date: string } | null = null;
  if ('roundId' in target) {
    const round = await prisma.reportingRound.findFirst({ where: { id: target.roundId, planId: plan.id }, select: { id: true, state: true } });
    if (!round) throw new NotFoundError('Deze rapportageronde bestaat niet.');
    assertImportMay(user, 'import.uploadBijlage', { state: round.state });
    roundId = round.id;
  } else {
    assertImportMay(user, 'import.uploadBijlage', null);
    const parsedRound = newRoundSchema.safeParse(target.newRound);
    if (!parsedRound.success) {
      const issue = parsedRound.error.issues[0]!;
      throw new ValidationError(issue.message, { [String(issue.path[0] ?? 'newRound')]: [issue.message] });
    }
    newRound = parsedRound.data;
    const running = await runningRoundRefusal(prisma, plan.id);
    if (running) throw running;
    await assertNotBeforeLatestPublished(prisma, plan.id, newRound.date);
  }

  const parsed = await parseBijlage(bytes);
  if (parsed.rows.length === 0) {
    const why = parsed.problems[0]?.message;
    const message = `In dit document staan geen tabellen met acties die te lezen zijn.${why ? ` ${why}` : ''}`;
    throw new ValidationError(message, { file: [message] });
  }
  const stored = await storeImportFile({
    user: sessionUserOf(user),
    kind: 'BIJLAGE',
    fileName,
    format: 'docx',
    bytes,
    planId: plan.id,
    roundId,
    newRound,
  });
  return { importId: stored.id };
}

function fieldOrThrow<T>(result: { success: true; data: T } | { success: false; error: { issues: { message: string }[] } }, field: string): T {
  if (result.success) return result.data;
  const message = result.error.issues[0]!.message;
  throw new ValidationError(message, { [field]: [message] });
}
