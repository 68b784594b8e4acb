import type { Database } from '@/lib/prisma-client';
import { addCalendarDays, amsterdamHour, amsterdamIsoDate } from '@/lib/rounds/amsterdam-time';
import { queueCoPartnerDigest } from '@/lib/mail/queue-co-partner-digest';
import { queueReviewDigest } from '@/lib/mail/queue-review-digest';
import { queueRoundReminders } from '@/lib/mail/queue-round-mail';

/** Scheduled mail goes out in the morning, from 08:00 Dutch time. */
export const MORNING_HOUR = 8;

/**
 * Queues the scheduled mail that is due at `now` (run every 15 minutes by the mail worker; tests
 * pass their own `now`): for each open round with a deadline, the reminder from `reminderDaysBefore`
 * days before it and the one on the deadline day, the ministry's daily digest of entries marked
 * ready, and the partners' daily digest of their ready entries a co-partner changed. Each is keyed
 * by its occasion (round, deadline, days before; the day), so running it again queues nothing new,
 * and a moved deadline gives new reminders.
 */
export async function queueDueRoundMail(options: { db: Database; now: Date }): Promise<{ messageIds: number[] }> {
  const today = amsterdamIsoDate(options.now);
  const hour = amsterdamHour(options.now);
  if (hour < MORNING_HOUR) return { messageIds: [] };
  const { db } = options;
  const rounds = await db.reportingRound.findMany({
    where: { state: 'OPEN', inputDeadline: { not: null } },
    select: { id: true, inputDeadline: true, inputDeadlineHasTime: true, reminderDaysBefore: true },
  });
  const messageIds: number[] = [];
  for (const round of rounds) {
    const deadline = round.inputDeadline!;
    const deadlineDay = amsterdamIsoDate(deadline);
    const passed = round.inputDeadlineHasTime ? options.now >= deadline : today > deadlineDay;
    if (passed) continue;
    const at = deadline.toISOString();
    const occasion =
      today === deadlineDay
        ? { eventKey: `round.deadline-day:${round.id}:${at}`, when: 'deadline-day' as const }
        : round.reminderDaysBefore > 0 && today >= addCalendarDays(deadlineDay, -round.reminderDaysBefore)
          ? { eventKey: `round.reminder:${round.id}:${at}:${round.reminderDaysBefore}`, when: 'before' as const }
          : null;
    if (!occasion) continue;
    messageIds.push(...(await db.$transaction((tx) => queueRoundReminders(tx, { roundId: round.id, ...occasion }))));
  }
  messageIds.push(...(await db.$transaction((tx) => queueReviewDigest(tx, { now: options.now, day: today }))));
  messageIds.push(...(await db.$transaction((tx) => queueCoPartnerDigest(tx, { now: options.now, day: today }))));
  return { messageIds };
}
