/**
 * Wall-clock time in Europe/Amsterdam, where the ministry and its partners work, converted to and
 * from instants without depending on the server's time zone. Pure: usable in client components.
 */
export const AMSTERDAM = 'Europe/Amsterdam';

const DAY_MS = 86_400_000;

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: AMSTERDAM,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The Amsterdam calendar date and time of an instant, as numbers. */
function wallClock(instant: Date) {
  const values = Object.fromEntries(parts.formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    year: Number(values.year),
    month: Number(values.month),
    day: Number(values.day),
    hour: Number(values.hour),
    minute: Number(values.minute),
    second: Number(values.second),
  };
}

/** How far Amsterdam is ahead of UTC at `instantMs`, in milliseconds (one or two hours). */
function offsetAt(instantMs: number): number {
  const wall = wallClock(new Date(instantMs));
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return asUtc - Math.floor(instantMs / 1000) * 1000;
}

/**
 * The instant at which Amsterdam's clocks show `isoDate` at `time` ("HH:MM"). A time that occurs
 * twice (the last Sunday of October, 02:00–02:59) is its first occurrence, in summer time; a time
 * the clocks skip (the last Sunday of March, 02:00–02:59) is read in winter time, so it lands an
 * hour later on the clock (02:30 becomes 03:30), as most calendars do.
 */
export function amsterdamInstant(isoDate: string, time: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute);
  const offsetBefore = offsetAt(wallAsUtc - DAY_MS);
  const offsetAfter = offsetAt(wallAsUtc + DAY_MS);
  // Each candidate offset is right when the instant it gives really has that offset.
  const matching = [...new Set([offsetBefore, offsetAfter])]
    .map((offset) => wallAsUtc - offset)
    .filter((instant) => offsetAt(instant) === wallAsUtc - instant)
    .sort((a, b) => a - b);
  return new Date(matching[0] ?? wallAsUtc - offsetBefore);
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The Amsterdam calendar date of an instant, "2026-12-11". */
export function amsterdamIsoDate(instant: Date): string {
  const wall = wallClock(instant);
  return `${wall.year}-${pad(wall.month)}-${pad(wall.day)}`;
}

/** The Amsterdam hour of an instant, 0–23. */
export function amsterdamHour(instant: Date): number {
  return wallClock(instant).hour;
}

/** The Amsterdam clock time of an instant, "23:59". */
export function amsterdamTime(instant: Date): string {
  const wall = wallClock(instant);
  return `${pad(wall.hour)}:${pad(wall.minute)}`;
}

/** Whole calendar days from the date `from` to the date `to` (ISO dates; negative when `to` is earlier). */
export function calendarDaysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The ISO date `days` calendar days after `isoDate`. */
export function addCalendarDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
