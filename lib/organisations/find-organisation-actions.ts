import 'server-only';
import { prisma } from '@/lib/db';
import { currentUpdateSelect, deadlineOf } from '@/lib/actions/entry-select';
import { PUBLISHED, publicRoundSelect } from '@/lib/rounds/published-round';

/** Organisations responsible for at least one publicly reported action, with their counts. */
export async function findPublicOrganisations() {
  const organisations = await prisma.organisation.findMany({
    where: { responsibilities: { some: { action: { entries: { some: { round: PUBLISHED } } } } } },
    orderBy: { abbreviation: 'asc' },
    select: {
      abbreviation: true,
      name: true,
      _count: { select: { responsibilities: { where: { action: { entries: { some: { round: PUBLISHED } } } } } } },
    },
  });
  return organisations.map(({ _count, ...org }) => ({ ...org, actionCount: _count.responsibilities }));
}

/**
 * Every action an organisation is responsible for, across plans, with the status of its latest
 * published report. Found by abbreviation or by another spelling the documents use (VenJ, NJI).
 */
export async function findOrganisationActions(abbreviation: string) {
  const organisation = await prisma.organisation.findFirst({
    where: { OR: [{ abbreviation: { equals: abbreviation, mode: 'insensitive' } }, { aliases: { has: abbreviation } }] },
    select: { id: true, abbreviation: true, name: true },
  });
  if (!organisation) return null;
  const responsibilities = await prisma.actionResponsibility.findMany({
    where: { organisationId: organisation.id, action: { entries: { some: { round: PUBLISHED } } } },
    orderBy: [{ action: { plan: { title: 'asc' } } }, { action: { line: { position: 'asc' } } }, { actionId: 'asc' }],
    select: {
      position: true,
      action: {
        select: {
          id: true,
          plan: { select: { slug: true, title: true } },
          entries: {
            where: { round: PUBLISHED, currentUpdateId: { not: null } },
            orderBy: { round: { date: 'desc' } },
            take: 1,
            select: {
              round: { select: publicRoundSelect },
              line: { select: { code: true, title: true, parentId: true } },
              currentUpdate: { select: currentUpdateSelect },
            },
          },
        },
      },
    },
  });
  const actions = responsibilities.map(({ position, action }) => {
    const latest = action.entries[0]!;
    return {
      id: action.id,
      // As the latest published report has it: unpublished renames and moves stay private.
      title: latest.currentUpdate!.title,
      plan: action.plan,
      line: latest.line,
      isLead: position === 0,
      round: latest.round,
      status: latest.currentUpdate!.status,
      planning: latest.currentUpdate!.planning,
      deadline: deadlineOf(latest.currentUpdate!),
    };
  });
  return { organisation, actions };
}
