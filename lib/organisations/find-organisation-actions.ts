import 'server-only';
import { prisma } from '@/lib/db';
import { currentUpdateSelect, deadlineOf } from '@/lib/actions/entry-select';
import { publishedLineIn, publishedLineSelect } from '@/lib/actions/published-line';
import { PUBLISHED, publicRoundSelect } from '@/lib/rounds/published-round';

/** Organisations a published round names as responsible, with their number of actions. */
export async function findPublicOrganisations() {
  return prisma.$queryRaw<{ abbreviation: string; name: string; actionCount: number }[]>`
    SELECT o.abbreviation, o.name, count(DISTINCT e.action_id)::int AS "actionCount"
    FROM organisations o
    JOIN entry_responsibilities er ON er.organisation_id = o.id
    JOIN action_entries e ON e.id = er.entry_id
    JOIN reporting_rounds r ON r.id = e.round_id AND r.state = 'PUBLISHED' -- as PUBLISHED in published-round.ts
    GROUP BY o.id
    ORDER BY o.abbreviation`;
}

/**
 * Every action an organisation is responsible for according to the action's latest published
 * report, across plans, with that report's status and line as it published them, and the plan named
 * as its latest published round has it. Found by abbreviation or by another spelling the documents
 * use (VenJ, NJI).
 */
export async function findOrganisationActions(abbreviation: string) {
  const organisation = await prisma.organisation.findFirst({
    where: { OR: [{ abbreviation: { equals: abbreviation, mode: 'insensitive' } }, { aliases: { has: abbreviation } }] },
    select: { id: true, abbreviation: true, name: true },
  });
  if (!organisation) return null;
  const candidates = await prisma.action.findMany({
    where: { entries: { some: { round: PUBLISHED, responsibilities: { some: { organisationId: organisation.id } } } } },
    orderBy: [{ line: { position: 'asc' } }, { id: 'asc' }], // then by plan, as published, below
    select: {
      id: true,
      plan: {
        select: {
          slug: true,
          rounds: { where: PUBLISHED, orderBy: { date: 'desc' }, take: 1, select: { planText: { select: { title: true } } } },
        },
      },
      entries: {
        where: { round: PUBLISHED, currentUpdateId: { not: null } },
        orderBy: { round: { date: 'desc' } },
        take: 1,
        select: {
          round: { select: publicRoundSelect },
          line: { select: publishedLineSelect },
          responsibilities: { select: { organisationId: true, position: true } },
          currentUpdate: { select: currentUpdateSelect },
        },
      },
    },
  });
  const actions = candidates.flatMap((action) => {
    const latest = action.entries[0]!;
    const role = latest.responsibilities.find((r) => r.organisationId === organisation.id);
    if (!role) return []; // responsible in an earlier report, no longer in the latest
    const update = latest.currentUpdate!;
    return [
      {
        id: action.id,
        title: update.title,
        plan: { slug: action.plan.slug, title: action.plan.rounds[0]!.planText!.title },
        line: publishedLineIn(latest.line, latest.round.id),
        /** Trekker of an action it shares with other organisations (alone, it needs no mark). */
        isLead: role.position === 0 && latest.responsibilities.length > 1,
        round: latest.round,
        status: update.status,
        planning: update.planning,
        deadline: deadlineOf(update),
      },
    ];
  });
  // A stable sort: within a plan, the order of the query.
  return { organisation, actions: actions.sort((a, b) => a.plan.title.localeCompare(b.plan.title, 'nl')) };
}
