/**
 * The marking of a concept bijlage: an unpublished round, downloaded by the ministry for sign-off.
 * Every page, file name and record says it is a concept and when it was generated (Dutch time),
 * so a printed page or a forwarded file can never pass for what was published.
 */
import { formatDutchDay } from '@/lib/format-date-time';
import { amsterdamIsoDate, amsterdamTime } from '@/lib/rounds/amsterdam-time';

/** "CONCEPT — niet openbaar — stand 1 december 2026, 23:14" (Europe/Amsterdam). */
export function conceptLabel(at: Date): string {
  return `CONCEPT — niet openbaar — stand ${formatDutchDay(at.toISOString())}, ${amsterdamTime(at)}`;
}

/** "CONCEPT-2026-12-01-2314": the part of a concept's file name that says what it is and when. */
export function conceptFileStamp(at: Date): string {
  return `CONCEPT-${amsterdamIsoDate(at)}-${amsterdamTime(at).replace(':', '')}`;
}
