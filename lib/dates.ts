/**
 * Calendar dates (Postgres `date`) travel as Date objects at UTC midnight. These helpers convert
 * them without letting the server's time zone shift the day.
 */
export function isoDateToDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00.000Z`);
}

export function dateToIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function toIsoDateOrNull(date: Date | null): string | null {
  return date ? dateToIsoDate(date) : null;
}

const dutchDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dutchMonth = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "30 mei 2017" */
export function formatDutchDate(date: Date): string {
  return dutchDate.format(date);
}

/** "november 2019": for dates that are only known approximately. */
export function formatDutchMonth(date: Date): string {
  return dutchMonth.format(date);
}
