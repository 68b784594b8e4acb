/**
 * The marking of a concept bijlage: an unpublished round, downloaded by the ministry for sign-off.
 * Every page, file name and record says it is a concept and when it was generated (Dutch time),
 * so a printed page or a forwarded file can never pass for what was published.
 */
const amsterdam = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

function amsterdamParts(at: Date) {
  const parts = Object.fromEntries(amsterdam.formatToParts(at).map((part) => [part.type, part.value]));
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute! };
}

/** "CONCEPT — niet openbaar — stand 1 december 2026, 23:14" (Europe/Amsterdam). */
export function conceptLabel(at: Date): string {
  const { year, month, day, hour, minute } = amsterdamParts(at);
  return `CONCEPT — niet openbaar — stand ${Number(day)} ${MONTHS[Number(month) - 1]} ${year}, ${hour}:${minute}`;
}

/** "CONCEPT-2026-12-01-2314": the part of a concept's file name that says what it is and when. */
export function conceptFileStamp(at: Date): string {
  const { year, month, day, hour, minute } = amsterdamParts(at);
  return `CONCEPT-${year}-${month}-${day}-${hour}${minute}`;
}
