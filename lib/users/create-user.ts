import 'server-only';
import { prisma } from '@/lib/db';
import { assertCan } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { enqueueAccountMail } from '@/lib/accounts/account-mail';
import { issueAccountToken } from '@/lib/accounts/issue-account-token';
import { ValidationError } from '@/lib/errors';
import { unsafeCreateUserAccount, type NewAccount } from '@/lib/users/unsafe-create-user-account';

/**
 * A ministry editor creates an account without a password and invites the person: in the same
 * transaction, a one-time link (account_tokens) and the invitation mail in the outbox, with which
 * they choose their own password. Until then the account cannot sign in.
 */
export async function createUser(options: { user: Actor } & Omit<NewAccount, 'password'>) {
  const { user, ...account } = options;
  assertCan(user, 'user.create', null);
  if (account.organisationId !== null) {
    const exists = (await prisma.organisation.count({ where: { id: account.organisationId } })) > 0;
    if (!exists) throw new ValidationError('Kies een organisatie uit de lijst.', { organisationId: ['Kies een organisatie uit de lijst.'] });
  }
  return prisma.$transaction(async (tx) => {
    const created = await unsafeCreateUserAccount(tx, { ...account, password: null }, user.id);
    const link = await issueAccountToken(tx, { userId: created.id, purpose: 'INVITATION', createdById: user.id });
    await enqueueAccountMail(tx, { purpose: 'INVITATION', tokenId: link.id, token: link.token, recipient: created, invitedBy: user.name });
    return created;
  });
}
