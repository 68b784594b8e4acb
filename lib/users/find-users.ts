import 'server-only';
import { prisma } from '@/lib/db';
import { assertCan } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';

/** Every account (never a password hash), ministry first, then per organisation. */
export async function findUsers(options: { user: Actor }) {
  assertCan(options.user, 'user.edit', null);
  return prisma.user.findMany({
    orderBy: [{ role: 'asc' }, { organisation: { abbreviation: 'asc' } }, { name: 'asc' }],
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      active: true,
      organisationId: true,
      organisation: { select: { abbreviation: true } },
      passwordHash: false,
    },
  });
}
