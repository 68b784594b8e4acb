import type { Prisma } from '@/lib/generated/prisma/client';
import { parsePlanning } from '@/lib/deadlines/parse-planning';
import { isoDateToDate } from '@/lib/dates';
import { recordPublishedResponsibilities } from '@/lib/rounds/record-published-responsibilities';
import { recordPublishedTexts } from '@/lib/rounds/record-published-texts';
import type { PlanData } from '@/lib/seed/plan-data-schema';
import { created, differs, updateIfChanged, type SeedReport, type Tx } from '@/lib/seed/seed-writes';

/**
 * The seed's reporting rounds of a plan: each round (published, as the documents were), its line
 * introductions, and per entry its update, a new version when the transcription changed.
 */
export async function syncRounds(
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
