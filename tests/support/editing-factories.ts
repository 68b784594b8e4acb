import type { ReviewState, Role, RoundState } from '@/lib/generated/prisma/client';
import type { Database } from '@/lib/prisma-client';
import { sessionUserSelect, type SessionUser } from '@/lib/auth/session-user';
import { hashPassword } from '@/lib/auth/password';
import { isoDateToDate } from '@/lib/dates';
import { recordPublishedTexts } from '@/lib/rounds/record-published-texts';
import { addCalendarDays, amsterdamIsoDate } from '@/lib/rounds/amsterdam-time';
import { DEFAULT_REMINDER_DAYS, inputDeadline, type InputDeadline } from '@/lib/rounds/input-deadline';

/** Factories for the editing tests: organisations, accounts, and actions reported in a round. */

let counter = 0;
const unique = (prefix: string) => `${prefix}${process.pid}x${++counter}`;

export async function createOrganisation(db: Database, fields: { abbreviation?: string } = {}) {
  const abbreviation = fields.abbreviation ?? unique('ORG');
  return db.organisation.create({ data: { abbreviation, name: `Organisatie ${abbreviation}` } });
}

// Hashing is slow on purpose; the tests share one hash per password.
const hashes = new Map<string, Promise<string>>();

/** An account as the session sees it. */
export async function createUser(
  db: Database,
  fields: { role?: Role; organisationId?: number | null; active?: boolean; email?: string; name?: string; password?: string } = {},
): Promise<SessionUser> {
  const password = fields.password ?? 'een-goed-wachtwoord';
  if (!hashes.has(password)) hashes.set(password, hashPassword(password));
  return db.user.create({
    data: {
      email: fields.email ?? `${unique('gebruiker')}@voorbeeld.nl`,
      name: fields.name ?? `Gebruiker ${counter}`,
      role: fields.role ?? 'PARTNER_EDITOR',
      organisationId: fields.organisationId ?? null,
      active: fields.active ?? true,
      passwordHash: await hashes.get(password)!,
    },
    select: sessionUserSelect,
  });
}

/**
 * A plan with one line, an action its organisation(s) are responsible for, and that action
 * reported in a round of `state` (version 1 of its update, review state `reviewState`), after a
 * published round that reported it too.
 */
export async function createReportedAction(
  db: Database,
  options: { organisationIds: number[]; state: RoundState; reviewState?: ReviewState },
) {
  const slug = unique('plan');
  const plan = await db.plan.create({ data: { slug, title: `Plan ${slug}` } });
  const line = await db.actionLine.create({ data: { planId: plan.id, key: 'l1', code: '1', title: 'Eerste lijn', position: 0 } });
  const action = await db.action.create({ data: { planId: plan.id, lineId: line.id, key: 'a1', title: 'Een actie' } });
  await db.actionResponsibility.createMany({
    data: options.organisationIds.map((organisationId, position) => ({ actionId: action.id, organisationId, position })),
  });
  const previousRound = await db.reportingRound.create({
    data: { planId: plan.id, key: 'vorige', title: 'Vorige ronde', date: isoDateToDate('2025-01-01'), state: 'PUBLISHED' },
  });
  await addEntry(db, { actionId: action.id, roundId: previousRound.id, lineId: line.id, reviewState: 'APPROVED', result: 'Vorige tekst' });
  await recordPublishedTexts(db, previousRound.id);
  const round = await db.reportingRound.create({
    data: { planId: plan.id, key: 'deze', title: 'Deze ronde', date: isoDateToDate('2026-01-01'), state: options.state },
  });
  const entry = await addEntry(db, {
    actionId: action.id,
    roundId: round.id,
    lineId: line.id,
    reviewState: options.reviewState ?? 'NOT_STARTED',
    result: 'Vorige tekst',
  });
  if (options.state === 'PUBLISHED') await recordPublishedTexts(db, round.id);
  return { plan, line, action, previousRound, round, entry };
}

export async function addEntry(
  db: Database,
  options: { actionId: number; roundId: number; lineId: number; reviewState: ReviewState; result: string },
) {
  const entry = await db.actionEntry.create({
    data: { actionId: options.actionId, roundId: options.roundId, lineId: options.lineId, position: 0, reviewState: options.reviewState },
  });
  const update = await db.actionUpdate.create({
    data: { entryId: entry.id, version: 1, title: 'Een actie', status: 'IN_PROGRESS', result: options.result, planning: 'eind 2026' },
  });
  return db.actionEntry.update({ where: { id: entry.id }, data: { currentUpdateId: update.id } });
}

/** An input deadline `daysAhead` Amsterdam calendar days from today, at the end of that day. */
export function deadlineInDays(daysAhead = 14): InputDeadline {
  const date = addCalendarDays(amsterdamIsoDate(new Date()), daysAhead);
  return inputDeadline({ date, time: null, reminderDaysBefore: DEFAULT_REMINDER_DAYS });
}
