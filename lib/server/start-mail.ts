import { readMailConfig } from '@/lib/mail/mail-config';
import { startMailWorker } from '@/lib/mail/mail-worker';
import { queueDueRoundMail } from '@/lib/mail/queue-due-round-mail';
import { createPrismaClient } from '@/lib/prisma-client';

const FIFTEEN_MINUTES = 15 * 60_000;

/**
 * Starts this instance's part of mail, before the server takes requests (the queue then exists for
 * the first change that mails). With SMTP_URL: the pg-boss worker that delivers and schedules.
 * Without it (the embedded demo) messages are kept for /beheer/berichten, and a timer in this
 * process queues the due reminders and digests, so the demo shows them too (running it in several
 * instances is harmless: each message's event and address are unique). Returns how to stop.
 */
export async function startMail(env: NodeJS.ProcessEnv = process.env): Promise<() => Promise<void>> {
  const config = readMailConfig(env);
  const db = createPrismaClient(env.DATABASE_URL);
  if (config.smtpUrl && env.DATABASE_URL) {
    const worker = await startMailWorker({ databaseUrl: env.DATABASE_URL, db, config: { ...config, smtpUrl: config.smtpUrl } });
    console.log('E-mail: versturen via SMTP_URL.');
    return async () => {
      await worker.stop();
      await db.$disconnect();
    };
  }
  const run = () => {
    queueDueRoundMail({ db, now: new Date() }).catch((error: unknown) => console.error('Herinneringen klaarzetten mislukt:', error));
  };
  const timer = setInterval(run, FIFTEEN_MINUTES);
  run();
  console.log('E-mail: geen SMTP_URL, berichten worden bewaard en getoond op /beheer/berichten.');
  return async () => {
    clearInterval(timer);
    await db.$disconnect();
  };
}
