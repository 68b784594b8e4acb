import { ACTION_STATUSES } from '@/lib/actions/status';
import { isoDateToDate } from '@/lib/dates';
import { parsePlanning } from '@/lib/deadlines/parse-planning';
import { recordPublishedTexts } from '@/lib/rounds/record-published-texts';
import type { Database } from '@/lib/prisma-client';

export type GeneratedPlanSize = { lines: number; actionsPerLine: number; rounds: number };

const PLANNING_TEXTS = ['medio 2020', 'eind 2021', 'voorjaar 2022', 'Doorlopend', 'Traject loopt t/m eind 2023.', 'Q2 2024', '2025'];
const WORDS = 'pleegouders werving begeleiding gemeenten jeugdhulp gezinshuizen matching scholing evaluatie pilots regio aanbieders'.split(' ');
const CHUNK = 5_000;

/** Deterministic filler text of about `length` characters. */
function sentence(seed: number, length = 60): string {
  const words: string[] = [];
  for (let i = 0; words.join(' ').length < length; i++) words.push(WORDS[(seed * 7 + i * 3) % WORDS.length]!);
  return `${words.join(' ')}.`;
}

/**
 * Inserts a published plan of the given size in bulk: every action reported in every round, with
 * one or two responsible organisations. For the benchmark and for the tests that prove the number
 * of queries does not grow with a plan's size.
 */
export async function generatePlan(db: Database, slug: string, size: GeneratedPlanSize) {
  const organisations = await db.organisation.findMany({ select: { id: true } });
  if (organisations.length === 0) throw new Error('Eerst organisaties seeden.');
  const plan = await db.plan.create({ data: { slug, title: `Gegenereerd plan (${slug})`, summary: sentence(1, 120) } });

  const lines = await db.actionLine.createManyAndReturn({
    data: Array.from({ length: size.lines }, (_, i) => ({
      planId: plan.id, key: `l${i + 1}`, code: String(i + 1), title: `Actielijn ${sentence(i, 30)}`, opgave: sentence(i, 300), position: i,
    })),
    select: { id: true },
  });
  const actions = await db.action.createManyAndReturn({
    data: lines.flatMap((line, l) =>
      Array.from({ length: size.actionsPerLine }, (_, a) => ({
        planId: plan.id, key: `a${l + 1}-${a + 1}`, title: `Actie ${l + 1}.${a + 1}: ${sentence(a + l, 40)}`, lineId: line.id,
      })),
    ),
    select: { id: true, lineId: true },
  });
  await db.actionResponsibility.createMany({
    data: actions.flatMap((action, i) =>
      [organisations[i % organisations.length]!, organisations[(i + 3) % organisations.length]!]
        .filter((org, index, all) => all.findIndex((o) => o.id === org.id) === index)
        .map((org, position) => ({ actionId: action.id, organisationId: org.id, position })),
    ),
  });
  const rounds = await db.reportingRound.createManyAndReturn({
    data: Array.from({ length: size.rounds }, (_, r) => ({
      planId: plan.id, key: `ronde-${r + 1}`, title: `Voortgang ${r + 1}`, date: isoDateToDate(`${2018 + Math.floor(r / 4)}-${String((r % 4) * 3 + 1).padStart(2, '0')}-15`),
      state: 'PUBLISHED' as const, isBaseline: r === 0,
    })),
    select: { id: true, date: true },
  });

  for (const [r, round] of rounds.entries()) {
    const entries = await db.actionEntry.createManyAndReturn({
      data: actions.map((action, position) => ({ actionId: action.id, roundId: round.id, lineId: action.lineId, position, reviewState: 'APPROVED' as const })),
      select: { id: true },
    });
    for (let start = 0; start < entries.length; start += CHUNK) {
      await db.actionUpdate.createMany({
        data: entries.slice(start, start + CHUNK).map((entry, offset) => {
          const i = start + offset;
          const planning = PLANNING_TEXTS[(i + r) % PLANNING_TEXTS.length]!;
          const deadline = parsePlanning(planning, { referenceDate: round.date.toISOString().slice(0, 10) });
          return {
            entryId: entry.id, version: 1, title: `Actie ${i + 1}: ${sentence(i, 40)}`, status: ACTION_STATUSES[(i + r) % ACTION_STATUSES.length]!,
            result: sentence(i * 31 + r, 60), planning,
            deadlineStart: deadline.start ? isoDateToDate(deadline.start) : null, deadlineEnd: deadline.end ? isoDateToDate(deadline.end) : null,
          };
        }),
      });
    }
    await db.$executeRaw`UPDATE action_entries e SET current_update_id = u.id FROM action_updates u WHERE u.entry_id = e.id AND e.round_id = ${round.id}`;
    await recordPublishedTexts(db, round.id);
  }
  return { plan, actionCount: actions.length, roundCount: rounds.length };
}
