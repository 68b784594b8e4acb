import PgBoss from 'pg-boss';
import type { Tx } from '@/lib/audit/record-audit';

/** The pg-boss queue whose jobs each deliver one outbox message ({ messageId }). */
export const MAIL_QUEUE = 'mail-delivery';
/** The periodic job that queues due reminders and the daily digest. */
export const MAIL_SCHEDULE_QUEUE = 'mail-schedule';

/**
 * The delivery queue's policy (set by each worker at start; a job takes it when it is written):
 * retries with exponential backoff from 30 s, ten of them (several hours in all), then FAILED; an
 * attempt running longer than 5 minutes counts as lost (its worker crashed) and is retried.
 */
export const DELIVERY_POLICY = { retryLimit: 10, retryDelay: 30, retryBackoff: true, expireInSeconds: 300 };
export type DeliveryPolicy = typeof DELIVERY_POLICY;

export type DeliveryJob = { messageId: number };

/**
 * A pg-boss that is never started: it only writes jobs, through the caller's transaction (pg-boss
 * calls `executeSql(text, values)` and reads `{ rows }`). Its own pool is never opened.
 */
const writer = new PgBoss({ connectionString: 'postgres://unused' });

/**
 * Queues a delivery job for each message, in the transaction that wrote the messages: the job and
 * the outbox row are committed together. The singleton key (the message id) keeps one job per message.
 */
export async function queueDeliveryJobs(tx: Tx, messageIds: readonly number[]): Promise<void> {
  const db = {
    executeSql: async (text: string, values: unknown[] = []) => ({
      rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values.map(toSqlValue)),
    }),
  };
  for (const messageId of messageIds) {
    const data: DeliveryJob = { messageId };
    await writer.send(MAIL_QUEUE, data, { singletonKey: String(messageId), db });
  }
}

/** Objects (the job's data) go to Postgres as JSON text, like node-postgres sends them. */
function toSqlValue(value: unknown): unknown {
  return value !== null && typeof value === 'object' && !(value instanceof Date) ? JSON.stringify(value) : value;
}
