import type PgBoss from 'pg-boss';
import type { Database } from '@/lib/prisma-client';
import { MAIL_QUEUE, type DeliveryJob } from '@/lib/mail/mail-queue';

/** How long a message may stay QUEUED before the sweep looks for its job. */
export const STRANDED_AFTER_MINUTES = 30;

/**
 * Messages still QUEUED well after they were written, with no delivery job left for them — every
 * attempt failed on something other than the SMTP server (the database was gone, say), so the job
 * ran out of retries before the message could be marked — get a new job. Delivery sends only a
 * QUEUED message under its row lock, so a job too many sends nothing. Runs with the schedule;
 * returns the ids queued again.
 */
export async function requeueStrandedMail(options: { db: Database; boss: PgBoss; now?: Date }): Promise<number[]> {
  const cutoff = new Date((options.now ?? new Date()).getTime() - STRANDED_AFTER_MINUTES * 60_000);
  const queued = await options.db.mailMessage.findMany({
    where: { state: 'QUEUED', createdAt: { lt: cutoff } },
    orderBy: { id: 'asc' },
    select: { id: true },
    take: 500,
  });
  if (queued.length === 0) return [];
  const keys = queued.map(({ id }) => String(id));
  const withJob = await options.db.$queryRaw<{ key: string }[]>`
    SELECT DISTINCT singleton_key AS key FROM pgboss.job
    WHERE name = ${MAIL_QUEUE} AND singleton_key = ANY(${keys}) AND state IN ('created', 'retry', 'active')`;
  const alive = new Set(withJob.map((row) => row.key));
  const stranded = queued.filter(({ id }) => !alive.has(String(id))).map(({ id }) => id);
  for (const messageId of stranded) {
    const data: DeliveryJob = { messageId };
    await options.boss.send(MAIL_QUEUE, data, { singletonKey: String(messageId) });
  }
  return stranded;
}
