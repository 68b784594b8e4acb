import 'server-only';
import { prisma } from '@/lib/db';
import { overdueReferenceDate } from '@/lib/actions/overdue';
import { FINAL_STATUSES } from '@/lib/actions/status';
import { isoDateToDate } from '@/lib/dates';
import type { Prisma } from '@/lib/generated/prisma/client';
import { groupBy } from '@/lib/group-by';
import type { PlanOverview } from '@/lib/plans/find-plan-overview';
import { findPublishedLines, findPublishedPlan, pickRound, roundContext } from '@/lib/plans/published-plan';
import { findRoundRows } from '@/lib/plans/round-rows';
import { summarize } from '@/lib/plans/status-summary';
import type { PlanFilters } from '@/lib/validation/plan-filters';

export const RESULTS_PER_PAGE = 100;

export type FilteredPlanView = PlanOverview & { matchCount: number; page: number; pageCount: number };

/**
 * A round of a plan narrowed by the URL's filters, in the shape of the plan overview so the same
 * tables and exports serve it. Every filter runs in Postgres: the text search uses the Dutch
 * full-text configuration on the index of migration append_only_and_search. `paginate: false`
 * returns every match (for exports).
 */
export async function findFilteredPlanView(
  slug: string,
  filters: PlanFilters,
  { paginate = true } = {},
): Promise<FilteredPlanView | null> {
  const plan = await findPublishedPlan(slug);
  const picked = plan && pickRound(plan, filters.ronde);
  if (!plan || !picked) return null;
  const overdueOn = overdueReferenceDate(picked.round, picked.isLatest);

  const where = await entryFilter({ roundId: picked.round.id, previousRoundId: picked.previous?.id, overdueOn, filters });
  const matchCount = await prisma.actionEntry.count({ where: { ...where, roundId: picked.round.id, currentUpdateId: { not: null } } });
  const pageCount = Math.max(1, Math.ceil(matchCount / RESULTS_PER_PAGE));
  const page = Math.min(filters.pagina, pageCount);
  const [lines, rows] = await Promise.all([
    findPublishedLines(picked.round.id),
    findRoundRows({
      roundId: picked.round.id,
      overdueOn,
      shiftsSince: picked.previous?.id ?? null,
      where,
      ...(paginate && { take: RESULTS_PER_PAGE, skip: (page - 1) * RESULTS_PER_PAGE }),
    }),
  ]);

  const rowsByLine = groupBy(rows, (row) => row.lineId);
  return {
    ...roundContext(plan, picked, overdueOn),
    summary: summarize(rows),
    rowsLoaded: true,
    lines: lines
      .filter((line) => rowsByLine.has(line.id))
      .map((line) => {
        const actions = rowsByLine.get(line.id)!;
        return { ...line, intro: null, actions, summary: summarize(actions) };
      }),
    matchCount,
    page,
    pageCount,
  };
}

type FilterContext = { roundId: number; previousRoundId?: number; overdueOn: string; filters: PlanFilters };

async function entryFilter({ roundId, previousRoundId, overdueOn, filters }: FilterContext) {
  const conditions: Prisma.ActionEntryWhereInput[] = [];
  if (filters.organisatie) {
    conditions.push({
      responsibilities: { some: { organisation: { abbreviation: { equals: filters.organisatie, mode: 'insensitive' } } } },
    });
  }
  if (filters.status) conditions.push({ currentUpdate: { status: filters.status } });
  if (filters.lijn) conditions.push({ lineId: { in: await linesUnder(roundId, filters.lijn) } });
  if (filters.overtijd) {
    conditions.push({
      currentUpdate: { deadlineEnd: { lt: isoDateToDate(overdueOn) }, status: { notIn: [...FINAL_STATUSES] } },
    });
  }
  if (filters.q) conditions.push({ id: { in: await entriesMatchingText(roundId, filters.q) } });
  if (filters.gewijzigd) conditions.push({ id: { in: await entriesChangedSince(roundId, previousRoundId) } });
  if (filters.verschoven) conditions.push({ id: { in: await entriesShiftedSince(roundId, previousRoundId) } });
  return { AND: conditions } satisfies Prisma.ActionEntryWhereInput;
}

/**
 * The line with this code in the round as it published it, and its sub-lines. `lijn=a1` finds A1
 * too (codes are shown as written); where a round has both spellings, the exact one wins.
 */
async function linesUnder(roundId: number, code: string): Promise<number[]> {
  const rows = await prisma.$queryRaw<{ id: number }[]>`
    WITH target AS (
      SELECT line_id FROM round_lines
      WHERE round_id = ${roundId} AND upper(code) = upper(${code})
      ORDER BY (code = ${code}) DESC, line_id LIMIT 1
    )
    SELECT l.line_id AS id FROM round_lines l
    WHERE l.round_id = ${roundId} AND (l.line_id IN (SELECT line_id FROM target) OR l.parent_id IN (SELECT line_id FROM target))`;
  return rows.map((row) => row.id);
}

/** Entries whose current text matches a web-style query (words, "phrases", -exclusions), in Dutch. */
async function entriesMatchingText(roundId: number, query: string): Promise<number[]> {
  const rows = await prisma.$queryRaw<{ id: number }[]>`
    SELECT e.id FROM action_entries e
    JOIN action_updates u ON u.id = e.current_update_id
    WHERE e.round_id = ${roundId}
      AND to_tsvector('dutch', u.title || ' ' || u.result || ' ' || u.planning) @@ websearch_to_tsquery('dutch', ${query})`;
  return rows.map((row) => row.id);
}

/**
 * Entries that are new, or whose status or (whitespace-normalised) texts differ from the previous
 * round's: the same rule as compareRows, in SQL.
 */
async function entriesChangedSince(roundId: number, previousRoundId: number | undefined): Promise<number[]> {
  if (previousRoundId === undefined) return [];
  const rows = await prisma.$queryRaw<{ id: number }[]>`
    SELECT e.id FROM action_entries e
    JOIN action_updates u ON u.id = e.current_update_id
    LEFT JOIN action_entries p ON p.action_id = e.action_id AND p.round_id = ${previousRoundId}
    LEFT JOIN action_updates pu ON pu.id = p.current_update_id
    WHERE e.round_id = ${roundId}
      AND (pu.id IS NULL
        OR pu.status <> u.status
        OR btrim(regexp_replace(pu.title, '\s+', ' ', 'g')) <> btrim(regexp_replace(u.title, '\s+', ' ', 'g'))
        OR btrim(regexp_replace(pu.result, '\s+', ' ', 'g')) <> btrim(regexp_replace(u.result, '\s+', ' ', 'g'))
        OR btrim(regexp_replace(pu.planning, '\s+', ' ', 'g')) <> btrim(regexp_replace(u.planning, '\s+', ' ', 'g')))`;
  return rows.map((row) => row.id);
}

/**
 * Entries whose termijn ends in a later calendar month than the previous round's: the rule of
 * findDeadlineShift (lib/deadlines/deadline-shift.ts), in SQL.
 */
async function entriesShiftedSince(roundId: number, previousRoundId: number | undefined): Promise<number[]> {
  if (previousRoundId === undefined) return [];
  const rows = await prisma.$queryRaw<{ id: number }[]>`
    SELECT e.id FROM action_entries e
    JOIN action_updates u ON u.id = e.current_update_id
    JOIN action_entries p ON p.action_id = e.action_id AND p.round_id = ${previousRoundId}
    JOIN action_updates pu ON pu.id = p.current_update_id
    WHERE e.round_id = ${roundId} AND date_trunc('month', u.deadline_end) > date_trunc('month', pu.deadline_end)`;
  return rows.map((row) => row.id);
}
