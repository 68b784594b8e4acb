import type { Database } from '@/lib/prisma-client';
import { readMailConfig } from '@/lib/mail/mail-config';
import { startMailWorker, type MailWorker } from '@/lib/mail/mail-worker';
import type { DeliveryPolicy } from '@/lib/mail/mail-queue';

/** Short retries for tests: four retries a second apart; an attempt is lost after 3 s. */
export const TEST_DELIVERY_POLICY: DeliveryPolicy = { retryLimit: 4, retryDelay: 1, retryBackoff: false, expireInSeconds: 3 };

/** A mail worker as the server starts one, delivering to `smtpUrl`, polling often, without the schedule. */
export function startTestMailWorker(options: { databaseUrl: string; db: Database; smtpUrl: string }): Promise<MailWorker> {
  const config = readMailConfig({ SMTP_URL: options.smtpUrl });
  return startMailWorker({
    databaseUrl: options.databaseUrl,
    db: options.db,
    config: { ...config, smtpUrl: options.smtpUrl },
    policy: TEST_DELIVERY_POLICY,
    pollingIntervalSeconds: 0.5,
    maintenanceIntervalSeconds: 1,
    schedule: false,
  });
}
