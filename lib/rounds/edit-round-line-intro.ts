import 'server-only';
import { prisma } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertCan, assertRoleMay } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { ConflictError, ValidationError } from '@/lib/errors';
import { ARCHIVED_LINE } from '@/lib/lines/lock-line-for-actions';
import { lineIntroVersion } from '@/lib/rounds/line-intro-version';
import { lockRound } from '@/lib/rounds/lock-round';

export const NOT_THIS_PLAN = 'Kies een actielijn van het plan van deze ronde.';
export const INTRO_CHANGED =
  'Iemand anders heeft deze inleiding intussen gewijzigd. Uw tekst staat nog in het veld; laad de pagina opnieuw om de nieuwe te zien en neem uw wijziging daarin over.';

/**
 * Sets a round's introduction for one actielijn (the paragraphs above its table in the bijlage), or
 * removes it when `text` is empty, until the round is published: a published round never changes.
 * The round is locked like a change of its state, so an edit and the publication never cross. The
 * save names the version it started from (`baseVersion`, lib/rounds/line-intro-version.ts) and is
 * refused when the text moved on. Returns whether anything changed.
 */
export async function editRoundLineIntro(options: {
  user: Actor;
  roundId: number;
  lineId: number;
  text: string;
  baseVersion: string;
}): Promise<{ changed: boolean }> {
  const { user } = options;
  assertRoleMay(user, 'round.editIntro');
  return prisma.$transaction(async (tx) => {
    const round = await lockRound(tx, options.roundId);
    assertCan(user, 'round.editIntro', round);
    const line = await tx.actionLine.findFirst({
      where: { id: options.lineId, planId: round.planId },
      select: { id: true, code: true, archivedAt: true },
    });
    if (!line) throw new ValidationError(NOT_THIS_PLAN, { lineId: [NOT_THIS_PLAN] });
    // An archived line keeps the introduction it had until someone removes it; it gets no new text.
    if (line.archivedAt && options.text !== '') throw new ValidationError(ARCHIVED_LINE, { lineId: [ARCHIVED_LINE] });
    const key = { roundId_lineId: { roundId: round.id, lineId: line.id } };
    const current = await tx.roundLineIntro.findUnique({ where: key, select: { text: true } });
    if (lineIntroVersion(current?.text) !== options.baseVersion) throw new ConflictError(INTRO_CHANGED);
    const before = current?.text ?? '';
    if (before === options.text) return { changed: false };

    if (options.text === '') await tx.roundLineIntro.delete({ where: key });
    else await tx.roundLineIntro.upsert({ where: key, create: { roundId: round.id, lineId: line.id, text: options.text }, update: { text: options.text } });
    await recordAudit(tx, {
      actorId: user.id,
      permission: 'round.editIntro',
      entityType: 'round',
      entityId: round.id,
      before: { lineId: line.id, code: line.code, intro: current?.text ?? null },
      after: { lineId: line.id, code: line.code, intro: options.text === '' ? null : options.text },
    });
    return { changed: true };
  });
}
