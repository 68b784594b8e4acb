import 'server-only';
import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

type Db = Pick<Prisma.TransactionClient, 'signInAttempt'>;

/**
 * Slows down guessing: after a few failed sign-ins within the window, every next attempt must wait,
 * twice as long each time. Stored in Postgres, so it holds across app instances.
 *
 * Failures are counted per bucket. A browser with a valid device cookie for the address (it signed in
 * before) is a bucket of its own; every other browser shares the account's bucket, and is also slowed
 * down after many failures from one network address. A success clears the count of its own bucket.
 */
export const THROTTLE = {
  windowMs: 15 * 60_000,
  freeFailuresPerAccount: 5,
  freeFailuresPerAddress: 20,
  baseDelayMs: 30_000,
  maxDelayMs: 15 * 60_000,
};

export type AttemptSource = { email: string; ip: string; device: string | null; now: Date };

/** Milliseconds the caller must still wait before trying again; 0 when it may try now. */
export async function signInDelay(options: AttemptSource, db: Db = prisma): Promise<number> {
  const since = new Date(options.now.getTime() - THROTTLE.windowMs);
  const bucket = { email: options.email, device: options.device };
  const lastSuccess = await db.signInAttempt.findFirst({
    where: { ...bucket, succeeded: true, createdAt: { gte: since } },
    orderBy: { createdAt: 'desc' },
    select: { createdAt: true },
  });
  const bucketSince = lastSuccess ? lastSuccess.createdAt : since;
  const own = remainingDelay(
    await failures(db, { ...bucket, createdAt: { gt: bucketSince, lte: options.now } }),
    THROTTLE.freeFailuresPerAccount,
    options.now,
  );
  if (options.device !== null) return own;
  const address = await failures(db, { ip: options.ip, device: null, createdAt: { gt: since, lte: options.now } });
  return Math.max(own, remainingDelay(address, THROTTLE.freeFailuresPerAddress, options.now));
}

/**
 * Checks the delay and, when the caller may try, records the attempt as failed right away, under a
 * lock per e-mail address: parallel guesses are counted one after another instead of all passing the
 * check at once. The caller marks the attempt as succeeded once the password proved right.
 */
/** Parallel guesses queue on the lock, and that wait counts towards the transaction's time limit. */
const LOCK_QUEUE_LIMITS = { maxWait: 20_000, timeout: 20_000 };

export async function claimSignInAttempt(options: AttemptSource) {
  await pruneOldAttempts(options.now);
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`sign-in:${options.email}`}))`;
    const wait = await signInDelay(options, tx);
    if (wait > 0) return { wait, attemptId: null };
    const attempt = await tx.signInAttempt.create({
      data: { email: options.email, ip: options.ip, device: options.device, succeeded: false, createdAt: options.now },
      select: { id: true },
    });
    return { wait: 0, attemptId: attempt.id };
  }, LOCK_QUEUE_LIMITS);
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

type FailureFilter = { email?: string; ip?: string; device: string | null; createdAt: { gt: Date; lte: Date } };

async function failures(db: Db, where: FailureFilter): Promise<Failures> {
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
