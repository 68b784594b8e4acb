import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';

type Db = Pick<Prisma.TransactionClient, 'user'>;

/**
 * Ends every session of an account, on every device: tokens carry the session generation they were
 * issued under, and a raised generation no longer matches them (find-session-user).
 */
export async function endSessions(db: Db, userId: number): Promise<void> {
  await db.user.updateMany({ where: { id: userId }, data: { sessionGeneration: { increment: 1 } } });
}
