import type { Tx } from '@/lib/audit/record-audit';
import { formatDutchDate, isoDateToDate } from '@/lib/dates';
import { appUrl } from '@/lib/mail/app-url';
import { enqueueMail } from '@/lib/mail/enqueue-mail';
import { composeReviewDigest, type DigestRound } from '@/lib/mail/messages/review-digest';
import { findMinistryEditors } from '@/lib/mail/round-recipients';
import { organisationsText } from '@/lib/organisations/organisations-text';

/**
 * The day's digest to ministry editors (once per day): the entries marked ready since the previous
 * digest that still wait for review, per round, with links to the review. Nothing when there are none.
 */
export async function queueReviewDigest(tx: Tx, options: { now: Date; day: string }): Promise<number[]> {
  const eventKey = `review.digest:${options.day}`;
  if (await tx.mailMessage.findFirst({ where: { eventKey }, select: { id: true } })) return [];
  const previous = await tx.mailMessage.findFirst({ where: { kind: 'review.digest' }, orderBy: { createdAt: 'desc' }, select: { createdAt: true } });
  const marks = await tx.auditLogEntry.findMany({
    where: { permission: 'update.markReady', createdAt: { gt: previous?.createdAt ?? new Date(0), lte: options.now } },
    select: { entityId: true },
  });
  const entries = await tx.actionEntry.findMany({
    where: { id: { in: [...new Set(marks.map((mark) => Number(mark.entityId)))] }, reviewState: 'READY_FOR_REVIEW' },
    orderBy: [{ roundId: 'asc' }, { lineId: 'asc' }, { position: 'asc' }],
    select: {
      id: true,
      roundId: true,
      action: { select: { title: true, responsibilities: { orderBy: { position: 'asc' }, select: { organisation: { select: { abbreviation: true } } } } } },
      round: { select: { title: true, plan: { select: { title: true } } } },
    },
  });
  if (entries.length === 0) return [];
  const rounds = new Map<number, DigestRound & { entries: DigestRound['entries'][number][] }>();
  for (const entry of entries) {
    const round = rounds.get(entry.roundId) ?? {
      planTitle: entry.round.plan.title,
      roundTitle: entry.round.title,
      reviewUrl: appUrl(`/beheer/rondes/${entry.roundId}`),
      entries: [],
    };
    round.entries.push({
      actionTitle: entry.action.title,
      organisations: organisationsText(entry.action.responsibilities.map((r) => r.organisation.abbreviation)),
      url: appUrl(`/beheer/rondes/${entry.roundId}/acties/${entry.id}`),
    });
    rounds.set(entry.roundId, round);
  }
  const dateText = formatDutchDate(isoDateToDate(options.day));
  const editors = await findMinistryEditors(tx);
  return enqueueMail(
    tx,
    editors.map((editor) => ({
      eventKey,
      kind: 'review.digest' as const,
      recipient: editor,
      ...composeReviewDigest({ name: editor.name, dateText, rounds: [...rounds.values()] }),
    })),
  );
}
