import 'server-only';
import { prisma } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/session-user';

/** What /account shows of the signed-in person's own account. */
export async function findOwnAccount(options: { user: SessionUser }) {
  return prisma.user.findUniqueOrThrow({
    where: { id: options.user.id },
    select: { email: true, name: true, role: true, remindersEnabled: true, organisation: { select: { abbreviation: true } } },
  });
}
