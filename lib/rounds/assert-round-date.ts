import type { Tx } from '@/lib/audit/record-audit';
import { dateToIsoDate, formatDutchDate } from '@/lib/dates';
import { ValidationError } from '@/lib/errors';

/**
 * The rounds of a plan follow each other: a round's date is not before the latest published
 * round's. Refuses `date` (ISO) as a field error naming that round.
 */
export async function assertNotBeforeLatestPublished(tx: Tx, planId: number, date: string): Promise<void> {
  const latestPublished = await tx.reportingRound.findFirst({
    where: { planId, state: 'PUBLISHED' },
    orderBy: { date: 'desc' },
    select: { title: true, date: true },
  });
  if (latestPublished && dateToIsoDate(latestPublished.date) > date) {
    const message = `Kies ${formatDutchDate(latestPublished.date)} of later: dat is de datum van de laatst gepubliceerde ronde, ‘${latestPublished.title}’.`;
    throw new ValidationError(message, { date: [message] });
  }
}
