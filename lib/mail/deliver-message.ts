import type { Transporter } from 'nodemailer';
import type { Database } from '@/lib/prisma-client';
import type { MailConfig } from '@/lib/mail/mail-config';

export type DeliveryOutcome = 'sent' | 'not-queued' | 'retry' | 'failed';

/**
 * Sends one outbox message, at most once: its row is locked (FOR UPDATE) for the whole attempt,
 * only a QUEUED message is sent, and SENT is committed with it. Two workers with the same job wait
 * for each other and the second finds it SENT. A failed attempt is counted with its error; the
 * caller (the pg-boss job) retries, and after the last attempt the message is FAILED.
 *
 * The one window for a duplicate: the SMTP server accepted the message and the commit of SENT was
 * lost (the process died in between). Runs in the worker, outside Next: it takes its own client. The Message-ID `<mail-{id}@{host}>` is the same on every
 * attempt, so a receiver can drop the copy.
 */
export async function deliverMessage(options: {
  db: Database;
  messageId: number;
  transport: Transporter;
  config: MailConfig;
  lastAttempt: boolean;
}): Promise<{ outcome: DeliveryOutcome; error?: string }> {
  const { messageId, transport, config } = options;
  return options.db.$transaction(
    async (tx) => {
      const [message] = await tx.$queryRaw<{ state: string; toAddress: string; subject: string; text: string; html: string | null }[]>`
        SELECT state::text AS state, to_address AS "toAddress", subject, text, html
        FROM mail_messages WHERE id = ${messageId} FOR UPDATE`;
      if (!message || message.state !== 'QUEUED') return { outcome: 'not-queued' as const };
      try {
        await transport.sendMail({
          from: config.from,
          to: message.toAddress,
          subject: message.subject,
          text: message.text,
          ...(message.html && { html: message.html }),
          messageId: `<mail-${messageId}@${config.messageIdHost}>`,
        });
      } catch (error) {
        const reason = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
        const state = options.lastAttempt ? 'FAILED' : 'QUEUED';
        await tx.mailMessage.update({ where: { id: messageId }, data: { attempts: { increment: 1 }, lastError: reason, state } });
        return { outcome: options.lastAttempt ? ('failed' as const) : ('retry' as const), error: reason };
      }
      await tx.mailMessage.update({
        where: { id: messageId },
        data: { state: 'SENT', sentAt: new Date(), attempts: { increment: 1 }, lastError: null },
      });
      return { outcome: 'sent' as const };
    },
    // The attempt holds the row lock while the SMTP server answers (nodemailer gives up sooner).
    { timeout: 120_000, maxWait: 30_000 },
  );
}
