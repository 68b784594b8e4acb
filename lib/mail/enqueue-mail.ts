import type { Tx } from '@/lib/audit/record-audit';

/** The kinds of message the app sends; /beheer/berichten names them in Dutch. */
export type MailKind =
  | 'round.opened'
  | 'round.reminder'
  | 'round.deadline-day'
  | 'entry.returned'
  | 'review.digest'
  | 'round.published'
  | 'account.invitation'
  | 'account.password-reset';

export type MailToQueue = {
  /** The change that causes the message, e.g. "round.opened:12"; with the address it is unique. */
  eventKey: string;
  kind: MailKind;
  recipient: { id: number | null; email: string };
  subject: string;
  /** Plain text, in Dutch, with the direct link. */
  text: string;
  html?: string;
};

/**
 * Writes messages into the outbox, inside the transaction of the change that causes them: the
 * change and its mail are committed together or not at all. A message whose event was already
 * queued for that address is skipped, so an event never mails anyone twice. Returns the ids of the
 * messages written now.
 */
export async function enqueueMail(tx: Tx, messages: readonly MailToQueue[]): Promise<number[]> {
  if (messages.length === 0) return [];
  const written = await tx.mailMessage.createManyAndReturn({
    data: messages.map((message) => ({
      eventKey: message.eventKey,
      kind: message.kind,
      recipientId: message.recipient.id,
      toAddress: message.recipient.email.toLowerCase(),
      subject: message.subject,
      text: message.text,
      html: message.html ?? null,
    })),
    skipDuplicates: true,
    select: { id: true },
  });
  return written.map((row) => row.id);
}
