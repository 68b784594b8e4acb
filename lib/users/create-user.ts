import 'server-only';
import { prisma } from '@/lib/db';
import { assertCan } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { ValidationError } from '@/lib/errors';
import { unsafeCreateUserAccount, type NewAccount } from '@/lib/users/unsafe-create-user-account';

/** A ministry editor creates an account, with a first password to hand over personally. */
export async function createUser(options: { user: Actor } & NewAccount) {
  const { user, ...account } = options;
  assertCan(user, 'user.create', null);
  if (account.organisationId !== null) {
    const exists = (await prisma.organisation.count({ where: { id: account.organisationId } })) > 0;
    if (!exists) throw new ValidationError('Kies een organisatie uit de lijst.', { organisationId: ['Kies een organisatie uit de lijst.'] });
  }
  return unsafeCreateUserAccount(prisma, account, user.id);
}
