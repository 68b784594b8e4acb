import 'server-only';
import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

type Db = Pick<Prisma.TransactionClient, 'signInAttempt'>;

/**
 * Slows down guessing: after a few failed sign-ins for one account (or many from one address)
 * within the window, every next attempt must wait, twice as long each time. Stored in Postgres, so
 * it holds across app instances; a successful sign-in clears the account's count.
 */
export const THROTTLE = {
  windowMs: 15 * 60_000,
  freeFailuresPerAccount: 5,
  freeFailuresPerAddress: 20,
  baseDelayMs: 30_000,
  maxDelayMs: 15 * 60_000,
};

/** Milliseconds the caller must still wait before trying again; 0 when it may try now. */
export async function signInDelay(options: { email: string; ip: string; now: Date }, db: Db = prisma): Promise<number> {
  const since = new Date(options.now.getTime() - THROTTLE.windowMs);
  const lastSuccess = await db.signInAttempt.findFirst({
    where: { email: options.email, succeeded: true, createdAt: { gte: since } },
    orderBy: { createdAt: 'desc' },
    select: { createdAt: true },
  });
  const accountSince = lastSuccess ? lastSuccess.createdAt : since;
  const [account, address] = await Promise.all([
    failures(db, { email: options.email, createdAt: { gt: accountSince, lte: options.now } }),
    failures(db, { ip: options.ip, createdAt: { gt: since, lte: options.now } }),
  ]);
  return Math.max(
    remainingDelay(account, THROTTLE.freeFailuresPerAccount, options.now),
    remainingDelay(address, THROTTLE.freeFailuresPerAddress, options.now),
  );
}

/**
 * Checks the delay and, when the caller may try, records the attempt as failed right away, under a
 * lock per address: parallel guesses are counted one after another instead of all passing the check
 * at once. The caller marks the attempt as succeeded once the password proved right.
 */
export async function claimSignInAttempt(options: { email: string; ip: string; now: Date }) {
  await pruneOldAttempts(options.now);
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`sign-in:${options.email}`}))`;
    const wait = await signInDelay(options, tx);
    if (wait > 0) return { wait, attemptId: null };
    const attempt = await tx.signInAttempt.create({
      data: { email: options.email, ip: options.ip, succeeded: false, createdAt: options.now },
      select: { id: true },
    });
    return { wait: 0, attemptId: attempt.id };
  });
}

export async function markSignInSucceeded(attemptId: number) {
  await prisma.signInAttempt.update({ where: { id: attemptId }, data: { succeeded: true } });
}

/** Now and then, forget attempts older than a day. */
async function pruneOldAttempts(now: Date) {
  if (Math.random() < 0.02) {
    await prisma.signInAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - 86_400_000) } } });
  }
}

type Failures = { count: number; latest: Date | null };

async function failures(db: Db, where: { email?: string; ip?: string; createdAt: { gt: Date; lte: Date } }): Promise<Failures> {
  const filter = { ...where, succeeded: false };
  const [count, latest] = await Promise.all([
    db.signInAttempt.count({ where: filter }),
    db.signInAttempt.findFirst({ where: filter, orderBy: { createdAt: 'desc' }, select: { createdAt: true } }),
  ]);
  return { count, latest: latest?.createdAt ?? null };
}

function remainingDelay({ count, latest }: Failures, free: number, now: Date): number {
  if (count < free || !latest) return 0;
  const delay = Math.min(THROTTLE.baseDelayMs * 2 ** (count - free), THROTTLE.maxDelayMs);
  return Math.max(0, latest.getTime() + delay - now.getTime());
}
