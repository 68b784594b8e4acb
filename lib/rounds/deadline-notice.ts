/**
 * What a round's input deadline means today, in Dutch: how many days are left (counted in calendar
 * days in Amsterdam), the last day itself, or that it has passed. After the deadline the round
 * stays open until the ministry closes it. Pure: no clock of its own, `now` is passed in.
 */
import { AMSTERDAM, amsterdamIsoDate, amsterdamTime, calendarDaysBetween } from '@/lib/rounds/amsterdam-time';

export type DeadlineStanding = { kind: 'ahead'; daysLeft: number } | { kind: 'today' } | { kind: 'passed' };

export type DeadlineNotice = { standing: DeadlineStanding; when: string; text: string };

const longDate = new Intl.DateTimeFormat('nl-NL', {
  timeZone: AMSTERDAM,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** The day of a round's input deadline: "vrijdag 11 december 2026" (Dutch time). */
export function formatInputDeadlineDay(deadline: Date): string {
  return longDate.format(deadline);
}

/** A round's input deadline with its time: "vrijdag 11 december 2026, 23:59". */
export function formatInputDeadline(deadline: Date): string {
  return `${formatInputDeadlineDay(deadline)}, ${amsterdamTime(deadline)}`;
}

/** Days left until the deadline's date; the deadline's own day until its moment; then passed. */
export function deadlineStanding(deadline: Date, now: Date): DeadlineStanding {
  if (now.getTime() >= deadline.getTime()) return { kind: 'passed' };
  const daysLeft = calendarDaysBetween(amsterdamIsoDate(now), amsterdamIsoDate(deadline));
  return daysLeft === 0 ? { kind: 'today' } : { kind: 'ahead', daysLeft };
}

/** Whom the notice addresses: the partner who delivers, or the ministry that decides when to close. */
export type Audience = 'partner' | 'ministry';

const AFTER_DEADLINE: Record<Audience, string> = {
  partner: 'Zolang de ronde open is, kunt u nog wijzigen; het ministerie beslist wanneer de ronde sluit.',
  ministry: 'De ronde blijft open voor invoer tot u haar sluit.',
};

/** "Inleveren vóór vrijdag 11 december 2026, 23:59 — nog 5 dagen", and its variants. */
export function deadlineNotice(deadline: Date, now: Date, audience: Audience): DeadlineNotice {
  const standing = deadlineStanding(deadline, now);
  const when = formatInputDeadline(deadline);
  if (standing.kind === 'passed') {
    return { standing, when, text: `De inlevertermijn is verstreken op ${when}. ${AFTER_DEADLINE[audience]}` };
  }
  const left = standing.kind === 'today' ? 'vandaag' : `nog ${standing.daysLeft} ${standing.daysLeft === 1 ? 'dag' : 'dagen'}`;
  return { standing, when, text: `Inleveren vóór ${when} — ${left}` };
}
