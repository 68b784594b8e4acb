import type { ActionStatus } from '@/lib/actions/status';
import type { RoundState } from '@/lib/generated/prisma/client';
import type { Database } from '@/lib/prisma-client';
import { isoDateToDate } from '@/lib/dates';
import { recordPublishedTexts } from '@/lib/rounds/record-published-texts';

let counter = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-${++counter}`;

/** A plan with one line and no rounds yet. */
export async function createPlan(db: Database, fields: { title?: string } = {}) {
  const slug = unique('plan');
  const plan = await db.plan.create({ data: { slug, title: fields.title ?? `Plan ${slug}` } });
  const line = await db.actionLine.create({
    data: { planId: plan.id, key: 'l1', code: '1', title: 'Eerste actielijn', position: 0 },
  });
  return { plan, line };
}

export async function createRound(
  db: Database,
  planId: number,
  fields: { state?: RoundState; date?: string; title?: string } = {},
) {
  const key = unique('ronde');
  const round = await db.reportingRound.create({
    data: {
      planId,
      key,
      title: fields.title ?? `Ronde ${key}`,
      date: isoDateToDate(fields.date ?? '2020-01-01'),
      state: fields.state ?? 'PUBLISHED',
    },
  });
  if (round.state === 'PUBLISHED') await recordPublishedTexts(db, round.id);
  return round;
}

export async function createAction(db: Database, planId: number, lineId: number, fields: { title?: string } = {}) {
  const key = unique('actie');
  return db.action.create({ data: { planId, lineId, key, title: fields.title ?? `Actie ${key}` } });
}

/** Reports an action in a round with one version of its update (and, in a published round, its published texts). */
export async function reportAction(
  db: Database,
  options: { actionId: number; roundId: number; lineId: number; position?: number; status?: ActionStatus; result?: string },
) {
  const entry = await db.actionEntry.create({
    data: { actionId: options.actionId, roundId: options.roundId, lineId: options.lineId, position: options.position ?? 0 },
  });
  const update = await db.actionUpdate.create({
    data: {
      entryId: entry.id,
      version: 1,
      title: 'Titel in deze ronde',
      status: options.status ?? 'IN_PROGRESS',
      result: options.result ?? 'Stand van zaken',
      planning: 'medio 2020',
      deadlineStart: isoDateToDate('2020-05-01'),
      deadlineEnd: isoDateToDate('2020-08-31'),
    },
  });
  const reported = await db.actionEntry.update({ where: { id: entry.id }, data: { currentUpdateId: update.id } });
  const round = await db.reportingRound.findUniqueOrThrow({ where: { id: options.roundId } });
  if (round.state === 'PUBLISHED') await recordPublishedTexts(db, round.id);
  return db.actionEntry.findUniqueOrThrow({ where: { id: reported.id } });
}
