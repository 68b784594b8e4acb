import type { Tx } from '@/lib/audit/record-audit';
import { isDeliveryConfigured } from '@/lib/mail/mail-config';
import { queueDeliveryJobs } from '@/lib/mail/mail-queue';

/** The kinds of message the app sends; /beheer/berichten names them in Dutch. */
export type MailKind =
  | 'round.opened'
  | 'round.reminder'
  | 'round.deadline-day'
  | 'entry.returned'
  | 'entry.return-undone'
  | 'review.digest'
  | 'entry.co-partner-digest'
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
 *
 * With SMTP_URL set, each new message also gets its delivery job (pg-boss) in the same transaction;
 * without it (the embedded demo) messages are KEPT at once and shown at /beheer/berichten.
 */
export async function enqueueMail(tx: Tx, messages: readonly MailToQueue[]): Promise<number[]> {
  if (messages.length === 0) return [];
  const deliver = isDeliveryConfigured();
  const written = await tx.mailMessage.createManyAndReturn({
    data: messages.map((message) => ({
      eventKey: message.eventKey,
      kind: message.kind,
      recipientId: message.recipient.id,
      toAddress: message.recipient.email.toLowerCase(),
      subject: message.subject,
      text: message.text,
      html: message.html ?? null,
      state: deliver ? ('QUEUED' as const) : ('KEPT' as const),
    })),
    skipDuplicates: true,
    select: { id: true },
  });
  const ids = written.map((row) => row.id);
  if (deliver) await queueDeliveryJobs(tx, ids);
  return ids;
}
