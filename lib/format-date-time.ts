import { formatDutchDate, isoDateToDate } from '@/lib/dates';
import { amsterdamIsoDate } from '@/lib/rounds/amsterdam-time';

const dutchDateTime = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Amsterdam',
});

/** "25 november 2026 om 10:12", Dutch time, from an ISO timestamp. */
export function formatDateTime(iso: string): string {
  return dutchDateTime.format(new Date(iso));
}

/** "2 december 2026", the day in Dutch time, from an ISO timestamp: its Amsterdam calendar day, in Dutch. */
export function formatDutchDay(iso: string): string {
  return formatDutchDate(isoDateToDate(amsterdamIsoDate(new Date(iso))));
}
