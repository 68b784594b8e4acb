import { amsterdamTime } from '@/lib/rounds/amsterdam-time';
import { formatInputDeadlineDay } from '@/lib/rounds/deadline-notice';

/** A round's input deadline as the messages say it: "vrijdag 4 december 2026", or "… om 17:00" when a time was set. */
export function formatMailDeadline(deadline: { at: Date; hasTime: boolean }): string {
  const day = formatInputDeadlineDay(deadline.at);
  return deadline.hasTime ? `${day} om ${amsterdamTime(deadline.at)}` : day;
}

/** The lines of a message, joined, with the closing every message has. */
export function mailBody(lines: readonly string[]): string {
  return [...lines, '', 'Met vriendelijke groet,', 'Voortgang (dit bericht is automatisch verstuurd)'].join('\n');
}

export type Composed = { subject: string; text: string };
