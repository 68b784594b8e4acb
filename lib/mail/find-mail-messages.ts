import 'server-only';
import { prisma } from '@/lib/db';
import { assertCan } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import type { MailState } from '@/lib/generated/prisma/client';

export const MAIL_PAGE_SIZE = 25;

/** What /beheer/berichten shows of a password link once it has been sent. */
export const HIDDEN_ACCOUNT_TEXT = 'Inhoud niet getoond: bevat een eenmalige link';

/**
 * The outbox, newest first, a page at a time, optionally of one kind and state: ministry editors
 * only. Account messages carry one-time links: their text shows only while KEPT (the demo).
 */
export async function findMailMessages(options: { user: Actor; page: number; kind?: string; state?: MailState }) {
  assertCan(options.user, 'mail.view', null);
  const where = { ...(options.kind && { kind: options.kind }), ...(options.state && { state: options.state }) };
  const [total, rows] = await Promise.all([
    prisma.mailMessage.count({ where }),
    prisma.mailMessage.findMany({
      where,
      orderBy: { id: 'desc' },
      skip: (options.page - 1) * MAIL_PAGE_SIZE,
      take: MAIL_PAGE_SIZE,
      select: {
        id: true,
        kind: true,
        toAddress: true,
        subject: true,
        text: true,
        state: true,
        attempts: true,
        lastError: true,
        sentAt: true,
        createdAt: true,
        recipient: { select: { name: true } },
      },
    }),
  ]);
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / MAIL_PAGE_SIZE)),
    rows: rows.map((row) => ({
      ...row,
      text: row.kind.startsWith('account.') && row.state !== 'KEPT' ? HIDDEN_ACCOUNT_TEXT : row.text,
      createdAt: row.createdAt.toISOString(),
      sentAt: row.sentAt?.toISOString() ?? null,
    })),
  };
}
