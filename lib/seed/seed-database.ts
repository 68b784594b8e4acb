import type { Database } from '@/lib/prisma-client';
import { isoDateToDate } from '@/lib/dates';
import { checkSeedData } from '@/lib/seed/check-seed-data';
import type { PlanData, SeedData } from '@/lib/seed/plan-data-schema';
import { syncRounds } from '@/lib/seed/seed-rounds';
import { created, updateIfChanged, type SeedReport, type Tx } from '@/lib/seed/seed-writes';

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
