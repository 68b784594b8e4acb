import 'server-only';
import { prisma } from '@/lib/db';

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
export async function signInDelay(options: { email: string; ip: string; now: Date }): Promise<number> {
  const since = new Date(options.now.getTime() - THROTTLE.windowMs);
  const lastSuccess = await prisma.signInAttempt.findFirst({
    where: { email: options.email, succeeded: true, createdAt: { gte: since } },
    orderBy: { createdAt: 'desc' },
    select: { createdAt: true },
  });
  const accountSince = lastSuccess ? lastSuccess.createdAt : since;
  const [account, address] = await Promise.all([
    failures({ email: options.email, createdAt: { gt: accountSince, lte: options.now } }),
    failures({ ip: options.ip, createdAt: { gt: since, lte: options.now } }),
  ]);
  return Math.max(
    remainingDelay(account, THROTTLE.freeFailuresPerAccount, options.now),
    remainingDelay(address, THROTTLE.freeFailuresPerAddress, options.now),
  );
}

export async function recordSignInAttempt(attempt: { email: string; ip: string; succeeded: boolean; now: Date }) {
  await prisma.signInAttempt.create({
    data: { email: attempt.email, ip: attempt.ip, succeeded: attempt.succeeded, createdAt: attempt.now },
  });
  // Now and then, forget attempts older than a day.
  if (Math.random() < 0.02) {
    await prisma.signInAttempt.deleteMany({ where: { createdAt: { lt: new Date(attempt.now.getTime() - 86_400_000) } } });
  }
}

type Failures = { count: number; latest: Date | null };

async function failures(where: { email?: string; ip?: string; createdAt: { gt: Date; lte: Date } }): Promise<Failures> {
  const filter = { ...where, succeeded: false };
  const [count, latest] = await Promise.all([
    prisma.signInAttempt.count({ where: filter }),
    prisma.signInAttempt.findFirst({ where: filter, orderBy: { createdAt: 'desc' }, select: { createdAt: true } }),
  ]);
  return { count, latest: latest?.createdAt ?? null };
}

function remainingDelay({ count, latest }: Failures, free: number, now: Date): number {
  if (count < free || !latest) return 0;
  const delay = Math.min(THROTTLE.baseDelayMs * 2 ** (count - free), THROTTLE.maxDelayMs);
  return Math.max(0, latest.getTime() + delay - now.getTime());
}
