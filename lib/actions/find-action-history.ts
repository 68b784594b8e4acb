import 'server-only';
import { prisma } from '@/lib/db';
import { currentUpdateSelect, deadlineOf, entryLineSelect, publishedResponsibleSelect } from '@/lib/actions/entry-select';
import { PUBLISHED, publicRoundSelect } from '@/lib/rounds/published-round';

/**
 * An action with what every published round reported on it, newest round first, including the
 * line it was reported under (an action may move between lines). Its title and line are those of
 * the latest published report (and so are its organisations): a rename or move in a round not yet
 * published stays private. Null
 * when the action does not belong to this plan or has no published entry.
 */
export async function findActionHistory(planSlug: string, actionId: number) {
  const action = await prisma.action.findFirst({
    where: { id: actionId, plan: { slug: planSlug }, entries: { some: { round: PUBLISHED } } },
    select: {
      id: true,
      description: true,
      plan: { select: { slug: true, title: true } },
      entries: {
        where: { round: PUBLISHED, currentUpdateId: { not: null } },
        orderBy: { round: { date: 'desc' } },
        select: {
          round: { select: publicRoundSelect },
          line: entryLineSelect,
          responsibilities: publishedResponsibleSelect,
          currentUpdate: { select: currentUpdateSelect },
        },
      },
    },
  });
  if (!action) return null;
  const { entries, ...fields } = action;
  const history = entries.map(({ currentUpdate, responsibilities, ...entry }) => ({
    ...entry,
    responsible: responsibilities.map((r) => r.organisation),
    ...currentUpdate!,
    deadline: deadlineOf(currentUpdate!),
  }));
  const latest = history[0]!;
  return {
    ...fields,
    title: latest.title,
    line: latest.line,
    responsible: latest.responsible,
    history,
  };
}

export type ActionHistory = NonNullable<Awaited<ReturnType<typeof findActionHistory>>>;
