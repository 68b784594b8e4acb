import type { Tx } from '@/lib/audit/record-audit';
import { appUrl } from '@/lib/mail/app-url';
import { enqueueMail } from '@/lib/mail/enqueue-mail';
import { composeEntryReturnUndone } from '@/lib/mail/messages/entry-return-undone';
import { composeEntryReturned } from '@/lib/mail/messages/entry-returned';
import { findActionPartners } from '@/lib/mail/round-recipients';

const returnedEventKey = (entryId: number, returnedAt: Date) => `entry.returned:${entryId}:${returnedAt.getTime()}`;

/** In the transaction that returns an entry: its partner editors get the comment and the link. */
export async function queueEntryReturnedMail(
  tx: Tx,
  options: { entryId: number; comment: string; reviewerName: string; returnedAt: Date },
): Promise<number[]> {
  const entry = await tx.actionEntry.findUniqueOrThrow({
    where: { id: options.entryId },
    select: { id: true, actionId: true, action: { select: { title: true } }, round: { select: { title: true, plan: { select: { title: true } } } } },
  });
  const partners = await findActionPartners(tx, entry.actionId);
  return enqueueMail(
    tx,
    partners.map((partner) => ({
      eventKey: returnedEventKey(entry.id, options.returnedAt),
      kind: 'entry.returned' as const,
      recipient: partner,
      ...composeEntryReturned({
        name: partner.name,
        planTitle: entry.round.plan.title,
        roundTitle: entry.round.title,
        actionTitle: entry.action.title,
        comment: options.comment,
        reviewer: options.reviewerName,
        entryUrl: appUrl(`/werkruimte#actie-${entry.id}`),
      }),
    })),
  );
}

/**
 * In the transaction that undoes a return: everyone the return's message was written to (sent or
 * not yet) is told it no longer holds. Nothing for a return that mailed no one.
 */
export async function queueReturnUndoneMail(
  tx: Tx,
  options: { entryId: number; returnedAt: Date; undoneBy: string; undoneAt: Date },
): Promise<number[]> {
  const told = await tx.mailMessage.findMany({
    where: { eventKey: returnedEventKey(options.entryId, options.returnedAt) },
    select: { toAddress: true, recipient: { select: { id: true, name: true } } },
  });
  if (told.length === 0) return [];
  const entry = await tx.actionEntry.findUniqueOrThrow({
    where: { id: options.entryId },
    select: { id: true, action: { select: { title: true } }, round: { select: { title: true, plan: { select: { title: true } } } } },
  });
  return enqueueMail(
    tx,
    told.map((message) => ({
      eventKey: `entry.return-undone:${entry.id}:${options.undoneAt.getTime()}`,
      kind: 'entry.return-undone' as const,
      recipient: { id: message.recipient?.id ?? null, email: message.toAddress },
      ...composeEntryReturnUndone({
        name: message.recipient?.name ?? message.toAddress,
        planTitle: entry.round.plan.title,
        roundTitle: entry.round.title,
        actionTitle: entry.action.title,
        undoneBy: options.undoneBy,
        entryUrl: appUrl(`/werkruimte#actie-${entry.id}`),
      }),
    })),
  );
}
