const parts = new Intl.DateTimeFormat('en-CA', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  hourCycle: 'h23',
  timeZone: 'Europe/Amsterdam',
});

/** The calendar day ("2026-12-04") and hour (0–23) of an instant in Dutch time. */
export function amsterdamDayAndHour(instant: Date): { day: string; hour: number } {
  const get = (type: string) => parts.formatToParts(instant).find((part) => part.type === type)!.value;
  return { day: `${get('year')}-${get('month')}-${get('day')}`, hour: Number(get('hour')) };
}

/** An ISO calendar day moved by `days` ("2026-12-04", -5 → "2026-11-29"). */
export function addDays(isoDay: string, days: number): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
