import 'server-only';
import { prisma } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertCan } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { ConflictError, NotFoundError } from '@/lib/errors';
import { isDeliveryConfigured } from '@/lib/mail/mail-config';
import { queueDeliveryJobs } from '@/lib/mail/mail-queue';

/** "Opnieuw versturen": a message that failed after its last retry is queued again, with a new job. */
export async function resendMessage(options: { user: Actor; messageId: number }): Promise<void> {
  const { user } = options;
  assertCan(user, 'mail.resend', null);
  await prisma.$transaction(async (tx) => {
    const [message] = await tx.$queryRaw<{ state: string; attempts: number }[]>`
      SELECT state::text AS state, attempts FROM mail_messages WHERE id = ${options.messageId} FOR UPDATE`;
    if (!message) throw new NotFoundError('Dit bericht bestaat niet.');
    if (message.state !== 'FAILED') throw new ConflictError('Alleen een mislukt bericht kan opnieuw worden verstuurd.');
    if (!isDeliveryConfigured()) throw new ConflictError('Er is geen mailserver ingesteld (SMTP_URL).');
    await tx.mailMessage.update({ where: { id: options.messageId }, data: { state: 'QUEUED' } });
    await queueDeliveryJobs(tx, [options.messageId]);
    await recordAudit(tx, {
      actorId: user.id,
      permission: 'mail.resend',
      entityType: 'mail',
      entityId: options.messageId,
      before: { state: 'FAILED', attempts: message.attempts },
      after: { state: 'QUEUED' },
    });
  });
}
