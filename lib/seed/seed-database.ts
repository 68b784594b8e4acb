import type { Prisma } from '@/lib/generated/prisma/client';
import type { Database } from '@/lib/prisma-client';
import { parsePlanning } from '@/lib/deadlines/parse-planning';
import { isoDateToDate } from '@/lib/dates';
import { recordPublishedResponsibilities } from '@/lib/rounds/record-published-responsibilities';
import { recordPublishedTexts } from '@/lib/rounds/record-published-texts';
import { checkSeedData } from '@/lib/seed/check-seed-data';
import type { PlanData, SeedData } from '@/lib/seed/plan-data-schema';

type Tx = Parameters<Parameters<Database['$transaction']>[0]>[0];

export type SeedReport = { created: number; updated: number; versionsAdded: number };

/**
 * Loads the transcribed documents into the database. Idempotent: every record is matched on its
 * natural key and written only when it differs, so a second run changes nothing. A corrected
 * transcription of an update is stored as a new version, never as an overwrite.
 */
export async function seedDatabase(db: Database, data: SeedData): Promise<SeedReport> {
  checkSeedData(data);
  const report: SeedReport = { created: 0, updated: 0, versionsAdded: 0 };
  await db.$transaction(
    async (tx) => {
      const organisationIds = await syncOrganisations(tx, data, report);
      for (const plan of data.plans) await syncPlan(tx, plan, organisationIds, report);
    },
    { timeout: 120_000 },
  );
  return report;
}

async function syncOrganisations(tx: Tx, data: SeedData, report: SeedReport) {
  const ids = new Map<string, number>();
  for (const org of data.organisations) {
    const existing = await tx.organisation.findUnique({ where: { abbreviation: org.abbreviation } });
    const fields = { name: org.name, aliases: org.aliases };
    const row = existing
      ? await updateIfChanged(existing, fields, report, () =>
          tx.organisation.update({ where: { id: existing.id }, data: fields }),
        )
      : await created(report, tx.organisation.create({ data: { abbreviation: org.abbreviation, ...fields } }));
    ids.set(org.abbreviation, row.id);
  }
  return ids;
}

async function syncPlan(tx: Tx, plan: PlanData, organisationIds: Map<string, number>, report: SeedReport) {
  const fields = { title: plan.title, summary: plan.summary };
  const existing = await tx.plan.findUnique({ where: { slug: plan.slug } });
  const row = existing
    ? await updateIfChanged(existing, fields, report, () => tx.plan.update({ where: { id: existing.id }, data: fields }))
    : await created(report, tx.plan.create({ data: { slug: plan.slug, ...fields } }));

  const lineIds = await syncLines(tx, row.id, plan, report);
  const actionIds = await syncActions(tx, row.id, plan, lineIds, organisationIds, report);
  await syncRounds(tx, row.id, plan, lineIds, actionIds, report);
}

async function syncLines(tx: Tx, planId: number, plan: PlanData, report: SeedReport) {
  const ids = new Map<string, number>();
  for (const [position, line] of plan.lines.entries()) {
    const parentId = line.parent ? ids.get(line.parent)! : null;
    const fields = { code: line.code, title: line.title, opgave: line.opgave, position, parentId };
    const existing = await tx.actionLine.findUnique({ where: { planId_key: { planId, key: line.key } } });
    const row = existing
      ? await updateIfChanged(existing, fields, report, () =>
          tx.actionLine.update({ where: { id: existing.id }, data: fields }),
        )
      : await created(report, tx.actionLine.create({ data: { planId, key: line.key, ...fields } }));
    ids.set(line.key, row.id);
  }
  return ids;
}

async function syncActions(
  tx: Tx,
  planId: number,
  plan: PlanData,
  lineIds: Map<string, number>,
  organisationIds: Map<string, number>,
  report: SeedReport,
) {
  const ids = new Map<string, number>();
  for (const action of plan.actions) {
    const placement = latestPlacement(plan, action.key);
    const fields = {
      title: action.title,
      description: action.description,
      lineId: lineIds.get(placement.line)!,
      position: placement.position,
      // The latest report is the current list of actions; one it leaves out is no longer reported.
      discontinuedAt: placement.inLatestRound ? null : isoDateToDate(plan.rounds.at(-1)!.date),
    };
    const existing = await tx.action.findUnique({ where: { planId_key: { planId, key: action.key } } });
    const row = existing
      ? await updateIfChanged(existing, fields, report, () =>
          tx.action.update({ where: { id: existing.id }, data: fields }),
        )
      : await created(report, tx.action.create({ data: { planId, key: action.key, ...fields } }));
    await syncResponsibilities(tx, row.id, action.responsible.map((abbr) => organisationIds.get(abbr)!), report);
    ids.set(action.key, row.id);
  }
  return ids;
}

/** The line and position of the action's entry in the latest round that reports it. */
function latestPlacement(plan: PlanData, actionKey: string): { line: string; position: number; inLatestRound: boolean } {
  for (const [index, round] of [...plan.rounds].reverse().entries()) {
    const position = round.entries.findIndex((e) => e.action === actionKey);
    if (position >= 0) return { line: round.entries[position]!.line, position, inLatestRound: index === 0 };
  }
  throw new Error(`Actie ${actionKey} komt in geen enkele ronde voor.`);
}

async function syncResponsibilities(tx: Tx, actionId: number, organisationIds: number[], report: SeedReport) {
  const current = await tx.actionResponsibility.findMany({ where: { actionId }, orderBy: { position: 'asc' } });
  const same =
    current.length === organisationIds.length && current.every((r, i) => r.organisationId === organisationIds[i]);
  if (same) return;
  await tx.actionResponsibility.deleteMany({ where: { actionId } });
  await tx.actionResponsibility.createMany({
    data: organisationIds.map((organisationId, position) => ({ actionId, organisationId, position })),
  });
  if (current.length === 0) report.created++;
  else report.updated++;
}

async function syncRounds(
  tx: Tx,
  planId: number,
  plan: PlanData,
  lineIds: Map<string, number>,
  actionIds: Map<string, number>,
  report: SeedReport,
) {
  for (const round of plan.rounds) {
    const fields = {
      title: round.title,
      date: isoDateToDate(round.date),
      dateIsApproximate: round.dateIsApproximate,
      isBaseline: round.isBaseline,
      source: round.source,
      note: round.note ?? null,
    };
    const existing = await tx.reportingRound.findUnique({ where: { planId_key: { planId, key: round.key } } });
    const row = existing
      ? await updateIfChanged(existing, fields, report, () =>
          tx.reportingRound.update({ where: { id: existing.id }, data: fields }),
        )
      : await created(
          report,
          tx.reportingRound.create({
            data: { planId, key: round.key, state: 'PUBLISHED', publishedAt: isoDateToDate(round.date), ...fields },
          }),
        );
    await syncLineIntros(tx, row.id, round.lineIntros, lineIds, report);
    await syncEntries(tx, row.id, round, lineIds, actionIds, report);
    report.created += await recordPublishedResponsibilities(tx, row.id); // the documents are published
    report.created += await recordPublishedTexts(tx, row.id);
  }
}

async function syncLineIntros(
  tx: Tx,
  roundId: number,
  intros: Record<string, string>,
  lineIds: Map<string, number>,
  report: SeedReport,
) {
  for (const [lineKey, text] of Object.entries(intros)) {
    const lineId = lineIds.get(lineKey)!;
    const existing = await tx.roundLineIntro.findUnique({ where: { roundId_lineId: { roundId, lineId } } });
    if (!existing) await created(report, tx.roundLineIntro.create({ data: { roundId, lineId, text } }));
    else
      await updateIfChanged(existing, { text }, report, () =>
        tx.roundLineIntro.update({ where: { roundId_lineId: { roundId, lineId } }, data: { text } }),
      );
  }
}

async function syncEntries(
  tx: Tx,
  roundId: number,
  round: PlanData['rounds'][number],
  lineIds: Map<string, number>,
  actionIds: Map<string, number>,
  report: SeedReport,
) {
  for (const [position, entry] of round.entries.entries()) {
    const actionId = actionIds.get(entry.action)!;
    const placement = { lineId: lineIds.get(entry.line)!, position };
    const deadline = parsePlanning(entry.planning, { referenceDate: round.date });
    const content = {
      title: entry.title,
      status: entry.status,
      result: entry.result,
      planning: entry.planning,
      deadlineStart: deadline.start ? isoDateToDate(deadline.start) : null,
      deadlineEnd: deadline.end ? isoDateToDate(deadline.end) : null,
      responsibleText: entry.responsibleText ?? null,
    };
    const existing = await tx.actionEntry.findUnique({
      where: { actionId_roundId: { actionId, roundId } },
      include: { currentUpdate: true },
    });
    // The documents were published: their entries count as approved.
    const record =
      existing ??
      (await created(
        report,
        tx.actionEntry.create({ data: { actionId, roundId, ...placement, reviewState: 'APPROVED' } }),
      ));
    if (existing) {
      await updateIfChanged(existing, placement, report, () =>
        tx.actionEntry.update({ where: { id: existing.id }, data: placement, include: { currentUpdate: true } }),
      );
    }
    const current = existing?.currentUpdate;
    if (current && !differs(current, content)) continue;
    await appendVersion(tx, record.id, (current?.version ?? 0) + 1, content);
    if (current) report.versionsAdded++;
  }
}

/** Adds a version of an entry's update and makes it the current one. */
async function appendVersion(
  tx: Tx,
  entryId: number,
  version: number,
  content: Omit<Prisma.ActionUpdateUncheckedCreateInput, 'entryId' | 'version'>,
) {
  const update = await tx.actionUpdate.create({ data: { entryId, version, ...content } });
  await tx.actionEntry.update({ where: { id: entryId }, data: { currentUpdateId: update.id } });
}

async function created<T>(report: SeedReport, write: Promise<T>): Promise<T> {
  report.created++;
  return write;
}

async function updateIfChanged<T extends object, F extends object>(
  existing: T,
  fields: F,
  report: SeedReport,
  write: () => Promise<T>,
): Promise<T> {
  if (!differs(existing, fields)) return existing;
  report.updated++;
  return write();
}

/** True when any field in `fields` has another value in `existing` (dates and arrays by value). */
function differs(existing: object, fields: object): boolean {
  const current = existing as Record<string, unknown>;
  return Object.entries(fields).some(([name, value]) => comparable(current[name]) !== comparable(value));
}

function comparable(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value ?? null);
}
