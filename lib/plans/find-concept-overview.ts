import 'server-only';
import { prisma } from '@/lib/db';
import { overdueReferenceDate } from '@/lib/actions/overdue';
import { assertCan } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { groupBy } from '@/lib/group-by';
import { countRoundStatuses } from '@/lib/plans/count-round-statuses';
import { toLineSections, type PlanOverview } from '@/lib/plans/find-plan-overview';
import { findRoundRows } from '@/lib/plans/round-rows';
import { sumSummaries } from '@/lib/plans/status-summary';
import { PUBLISHED, publicRoundSelect } from '@/lib/rounds/published-round';

export type ConceptView =
  | { kind: 'concept'; roundId: number; overview: PlanOverview }
  /** A published round has no concept: its bijlage is the public one. */
  | { kind: 'published'; planSlug: string; roundKey: string };

/**
 * A round not yet published (open, closed, or a draft with entries), as its bijlage will read
 * once published: the plan's, lines' and organisations' texts as they are now (a round copies them
 * only when it is published) and each entry's current version. For ministry editors only; null
 * for an unknown round. *Over tijd* is judged on today, as for the latest published round.
 */
export async function findConceptOverview(options: { user: Actor; roundId: number }): Promise<ConceptView | null> {
  assertCan(options.user, 'round.concept', null);
  const round = await prisma.reportingRound.findUnique({
    where: { id: options.roundId },
    select: { ...publicRoundSelect, state: true, plan: { select: { id: true, slug: true, title: true, summary: true } } },
  });
  if (!round) return null;
  const { plan, state, ...shown } = round;
  if (state === 'PUBLISHED') return { kind: 'published', planSlug: plan.slug, roundKey: round.key };

  const overdueOn = overdueReferenceDate(round, true);
  const published = await prisma.reportingRound.findMany({
    where: { planId: plan.id, ...PUBLISHED },
    orderBy: { date: 'asc' },
    select: publicRoundSelect,
  });
  const previousRound = published.at(-1) ?? null;
  const [lines, summaries, intros, rows] = await Promise.all([
    prisma.actionLine.findMany({
      where: { planId: plan.id },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
      select: { id: true, code: true, title: true, parentId: true, opgave: true },
    }),
    countRoundStatuses(round.id, overdueOn),
    prisma.roundLineIntro.findMany({ where: { roundId: round.id }, select: { lineId: true, text: true } }),
    findRoundRows({ roundId: round.id, overdueOn, responsibleNow: true, shiftsSince: previousRound?.id ?? null }),
  ]);
  return {
    kind: 'concept',
    roundId: round.id,
    overview: {
      plan: { slug: plan.slug, title: plan.title, summary: plan.summary },
      rounds: [...published, shown],
      round: shown,
      previousRound,
      isLatest: true,
      overdueOn,
      summary: sumSummaries(summaries.values()),
      rowsLoaded: true,
      lines: toLineSections({ lines, summaries, intros, rowsByLine: groupBy(rows, (row) => row.lineId) }),
    },
  };
}
