import 'server-only';
import { prisma } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertCan, assertRoleMay } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { dateToIsoDate, isoDateToDate } from '@/lib/dates';
import { ValidationError } from '@/lib/errors';
import { slugify, uniqueSlug } from '@/lib/slug';
import { assertNotBeforeLatestPublished } from '@/lib/rounds/assert-round-date';
import { assertDeadlineAhead, inputDeadlineColumns, type InputDeadline } from '@/lib/rounds/input-deadline';
import { lockRound } from '@/lib/rounds/lock-round';

const DEADLINE_REQUIRED = 'Vul de inleverdatum in: een geopende ronde heeft altijd een inlevertermijn.';

/**
 * Changes a round's title, date and input deadline (with its time and reminder days), in any state
 * until publication. A new title gives the round a new key (its address once published). A concept
 * may go without a deadline; an opened round keeps one. A deadline that changes must lie after
 * today; one left as it was may have passed. Returns false when nothing changed (nothing is written).
 */
export async function editRound(options: {
  user: Actor;
  roundId: number;
  title: string;
  date: string;
  deadline: InputDeadline | null;
}): Promise<{ changed: boolean }> {
  const { user, deadline } = options;
  assertRoleMay(user, 'round.edit');
  return prisma.$transaction(async (tx) => {
    const locked = await lockRound(tx, options.roundId);
    assertCan(user, 'round.edit', locked);
    const round = await tx.reportingRound.findUniqueOrThrow({ where: { id: locked.id }, select: editableSelect });
    if (!deadline && round.state !== 'DRAFT') throw new ValidationError(DEADLINE_REQUIRED, { deadlineDate: [DEADLINE_REQUIRED] });
    const before = snapshot(round);
    const deadlineChanged = deadline !== null && deadline.at.getTime() !== round.inputDeadline?.getTime();
    if (deadline && deadlineChanged) assertDeadlineAhead(deadline);
    if (options.date !== before.date) await assertNotBeforeLatestPublished(tx, round.planId, options.date);

    const key =
      options.title === round.title
        ? round.key
        : await uniqueSlug(slugify(options.title), async (candidate) =>
            (await tx.reportingRound.count({ where: { planId: round.planId, key: candidate, id: { not: round.id } } })) > 0,
          );
    const columns = deadline
      ? inputDeadlineColumns(deadline)
      : { inputDeadline: null, inputDeadlineHasTime: false, reminderDaysBefore: round.reminderDaysBefore };
    const after = snapshot({ ...round, ...columns, key, title: options.title, date: isoDateToDate(options.date) });
    if (JSON.stringify(after) === JSON.stringify(before)) return { changed: false };

    await tx.reportingRound.update({
      where: { id: round.id },
      data: { key, title: options.title, date: isoDateToDate(options.date), ...columns },
    });
    await recordAudit(tx, { actorId: user.id, permission: 'round.edit', entityType: 'round', entityId: round.id, before, after });
    return { changed: true };
  });
}

const editableSelect = {
  id: true,
  planId: true,
  state: true,
  key: true,
  title: true,
  date: true,
  inputDeadline: true,
  inputDeadlineHasTime: true,
  reminderDaysBefore: true,
} as const;

type Editable = { key: string; title: string; date: Date; inputDeadline: Date | null; inputDeadlineHasTime: boolean; reminderDaysBefore: number };

/** What the audit log records of a round before and after an edit. */
function snapshot(round: Editable) {
  return {
    key: round.key,
    title: round.title,
    date: dateToIsoDate(round.date),
    inputDeadline: round.inputDeadline?.toISOString() ?? null,
    inputDeadlineHasTime: round.inputDeadlineHasTime,
    reminderDaysBefore: round.reminderDaysBefore,
  };
}
