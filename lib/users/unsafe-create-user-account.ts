import type { Role } from '@/lib/generated/prisma/client';
import type { Database } from '@/lib/prisma-client';
import type { Tx } from '@/lib/audit/record-audit';
import { recordAudit } from '@/lib/audit/record-audit';
import { hashPassword } from '@/lib/auth/password';
import { isUniqueViolation, ValidationError } from '@/lib/errors';

export type NewAccount = { email: string; name: string; role: Role; organisationId: number | null; password: string | null };

/**
 * Creates an account WITHOUT checking who asks: for the command line (`npm run user:create`), the
 * demo accounts of the embedded mode and the `create-user` use case (which checks first, and passes
 * no password: the invited person chooses it). The input must have passed `createUserSchema` or
 * `inviteUserSchema`. Audited, with `actorId` null for the command line.
 */
export async function unsafeCreateUserAccount(db: Database | Tx, account: NewAccount, actorId: number | null = null) {
  const passwordHash = account.password === null ? null : await hashPassword(account.password);
  const write = async (tx: Tx) => {
    const user = await tx.user.create({
      data: { email: account.email, name: account.name, role: account.role, organisationId: account.organisationId, passwordHash },
      select: { id: true, email: true, name: true, role: true, organisationId: true },
    });
    await recordAudit(tx, { actorId, permission: 'user.create', entityType: 'user', entityId: user.id, after: { ...user, invited: passwordHash === null } });
    return user;
  };
  try {
    // (`in` would not see through lib/db's lazy proxy.)
    const database = db as Database;
    return typeof database.$transaction === 'function' ? await database.$transaction(write) : await write(db);
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ValidationError('Er is al een account met dit e-mailadres.', { email: ['Er is al een account met dit e-mailadres.'] });
    }
    throw error;
  }
}
