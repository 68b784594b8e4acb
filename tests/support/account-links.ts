import type { Database } from '@/lib/prisma-client';

/** The outbox messages of one kind, oldest first. */
export async function outbox(db: Database, kind: 'account.invitation' | 'account.password-reset') {
  return db.mailMessage.findMany({ where: { kind }, orderBy: { id: 'asc' } });
}

/** The one-time link in a mail's text, and its token, as a person would follow it. */
export function linkIn(text: string): { url: URL; token: string } {
  const match = /https?:\/\/\S+\?token=[A-Za-z0-9_-]+/.exec(text);
  if (!match) throw new Error(`Geen link in de e-mail:\n${text}`);
  const url = new URL(match[0]);
  return { url, token: url.searchParams.get('token')! };
}
