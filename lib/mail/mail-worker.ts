import nodemailer from 'nodemailer';
import PgBoss from 'pg-boss';
import { deliverMessage } from '@/lib/mail/deliver-message';
import type { MailConfig } from '@/lib/mail/mail-config';
import { DELIVERY_POLICY, MAIL_QUEUE, MAIL_SCHEDULE_QUEUE, type DeliveryJob, type DeliveryPolicy } from '@/lib/mail/mail-queue';
import { queueDueRoundMail } from '@/lib/mail/queue-due-round-mail';
import { requeueStrandedMail } from '@/lib/mail/requeue-stranded-mail';
import type { Database } from '@/lib/prisma-client';

export type MailWorker = { boss: PgBoss; stop: (options?: { graceful?: boolean }) => Promise<void> };

/**
 * The long-running part of mail, one per app instance (started by lib/server/serve.ts): delivers
 * queued messages over SMTP and, every 15 minutes, queues the reminders and digests that are due.
 * Instances share pg-boss's tables: each job is taken by one of them (SKIP LOCKED), and a cron
 * schedule fires once across them.
 */
export async function startMailWorker(options: {
  databaseUrl: string;
  /** The worker's own Prisma client (it runs beside Next, not in it). */
  db: Database;
  config: MailConfig & { smtpUrl: string };
  /** Retries, backoff and when an attempt counts as lost (tests shorten them). */
  policy?: DeliveryPolicy;
  maintenanceIntervalSeconds?: number;
  pollingIntervalSeconds?: number;
  schedule?: boolean;
}): Promise<MailWorker> {
  const boss = new PgBoss({
    connectionString: options.databaseUrl,
    max: 3,
    schedule: options.schedule ?? true,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 60,
  });
  boss.on('error', (error) => console.error('E-mailwachtrij:', error.message));
  await boss.start();
  const queue = { name: MAIL_QUEUE, policy: 'stately' as const, ...(options.policy ?? DELIVERY_POLICY) };
  await boss.createQueue(MAIL_QUEUE, queue);
  await boss.updateQueue(MAIL_QUEUE, queue);

  const transport = nodemailer.createTransport({
    url: options.config.smtpUrl,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 2;
  await boss.work<DeliveryJob>(MAIL_QUEUE, { includeMetadata: true, batchSize: 1, pollingIntervalSeconds }, async ([job]) => {
    if (!job) return;
    const lastAttempt = job.retryCount >= job.retryLimit;
    const result = await deliverMessage({ db: options.db, messageId: job.data.messageId, transport, config: options.config, lastAttempt });
    // Thrown, the job goes back to pg-boss, which retries it after its backoff.
    if (result.outcome === 'retry') throw new Error(result.error);
  });
  if (options.schedule ?? true) await scheduleRoundMail(boss, options.db, pollingIntervalSeconds);

  return {
    boss,
    stop: async ({ graceful = true } = {}) => {
      await boss.stop({ graceful, timeout: 30_000 });
      transport.close();
    },
  };
}

/**
 * Every 15 minutes (once across instances): the reminders and digest that are due by now, and a new
 * job for any message whose job ran out without marking it.
 */
async function scheduleRoundMail(boss: PgBoss, db: Database, pollingIntervalSeconds: number) {
  await boss.createQueue(MAIL_SCHEDULE_QUEUE, { name: MAIL_SCHEDULE_QUEUE, policy: 'short' });
  await boss.schedule(MAIL_SCHEDULE_QUEUE, '*/15 * * * *', {}, { tz: 'Europe/Amsterdam' });
  await boss.work(MAIL_SCHEDULE_QUEUE, { pollingIntervalSeconds }, async () => {
    await queueDueRoundMail({ db, now: new Date() });
    await requeueStrandedMail({ db, boss });
  });
}
