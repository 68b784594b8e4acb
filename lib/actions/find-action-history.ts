import 'server-only';
import { prisma } from '@/lib/db';
import { currentUpdateSelect, deadlineOf, publishedResponsibleSelect } from '@/lib/actions/entry-select';
import { publishedLineSelect, publishedLineIn } from '@/lib/actions/published-line';
import { shiftsAlongRounds } from '@/lib/deadlines/shifts-along-rounds';
import { PUBLISHED, publicRoundSelect } from '@/lib/rounds/published-round';

/**
 * An action with what every published round reported on it, newest round first, including the
 * line it was reported under (an action may move between lines), as that round published it. Its
 * title, description, line and organisations are those of the latest published report, and the
 * plan is named as the plan's latest published round has it: an edit in a round not yet published
 * stays private. Each report carries its termijnverschuiving against the plan's published round
 * before it, and whether (since when, and why) it is no longer reported. Null when the action does not belong to this plan or has no published entry.
 */
export async function findActionHistory(planSlug: string, actionId: number) {
  const action = await prisma.action.findFirst({
    where: { id: actionId, plan: { slug: planSlug }, entries: { some: { round: PUBLISHED } } },
    select: {
      id: true,
      discontinuedAt: true,
      discontinuedReason: true,
      plan: {
        select: {
          slug: true,
          rounds: { where: PUBLISHED, orderBy: { date: 'desc' }, select: { id: true, planText: { select: { title: true } } } },
        },
      },
      entries: {
        where: { round: PUBLISHED, currentUpdateId: { not: null } },
        orderBy: { round: { date: 'desc' } },
        select: {
          round: { select: publicRoundSelect },
          description: true,
          line: { select: publishedLineSelect },
          responsibilities: publishedResponsibleSelect,
          currentUpdate: { select: currentUpdateSelect },
        },
      },
    },
  });
  if (!action) return null;
  const reports = action.entries.map(({ currentUpdate, responsibilities, line, description: _description, ...entry }) => ({
    ...entry,
    roundId: entry.round.id,
    line: publishedLineIn(line, entry.round.id),
    responsible: responsibilities.map((r) => r.organisation),
    ...currentUpdate!,
    deadline: deadlineOf(currentUpdate!),
  }));
  const history = shiftsAlongRounds(reports, action.plan.rounds.map((round) => round.id).reverse());
  const latest = history[0]!;
  return {
    id: action.id,
    description: action.entries[0]!.description ?? '',
    plan: { slug: action.plan.slug, title: action.plan.rounds[0]!.planText!.title },
    title: latest.title,
    line: latest.line,
    responsible: latest.responsible,
    history,
    /** Not reported any more (a decision of now, not of a round): when and why, the timeline's last word. */
    discontinued: action.discontinuedAt ? { since: action.discontinuedAt.toISOString(), reason: action.discontinuedReason } : null,
  };
}

export type ActionHistory = NonNullable<Awaited<ReturnType<typeof findActionHistory>>>;
