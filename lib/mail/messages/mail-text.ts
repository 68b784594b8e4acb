/** A deadline as the messages say it: "vrijdag 4 december 2026" or "… om 17:00" (Dutch time). */
export function formatDeadline(deadline: { at: Date; hasTime: boolean }): string {
  const date = new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(deadline.at);
  if (!deadline.hasTime) return date;
  const time = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' }).format(deadline.at);
  return `${date} om ${time}`;
}

/** The lines of a message, joined, with the closing every message has. */
export function mailBody(lines: readonly string[]): string {
  return [...lines, '', 'Met vriendelijke groet,', 'Voortgang (dit bericht is automatisch verstuurd)'].join('\n');
}

export type Composed = { subject: string; text: string };
