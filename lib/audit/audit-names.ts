import 'server-only';
import { prisma } from '@/lib/db';
import type { AuditNames } from '@/lib/audit/audit-fields';
import type { AuditRow } from '@/lib/audit/describe-audit-line';

/** The ids a line refers to: its subject, actor, context columns, and ids inside before and after. */
function collect(rows: AuditRow[]) {
  const sets = { organisations: new Set<number>(), users: new Set<number>(), plans: new Set<number>(), rounds: new Set<number>(), actions: new Set<number>(), lines: new Set<number>(), entries: new Set<number>() };
  const add = (set: Set<number>, value: unknown) => {
    if (typeof value === 'number' && Number.isSafeInteger(value)) set.add(value);
  };
  const subjectSets: Record<string, Set<number>> = { organisation: sets.organisations, user: sets.users, plan: sets.plans, round: sets.rounds, action: sets.actions, line: sets.lines, entry: sets.entries };
  for (const row of rows) {
    if (subjectSets[row.entityType]) add(subjectSets[row.entityType]!, Number(row.entityId));
    add(sets.users, row.actorId);
    add(sets.organisations, row.actorOrganisationId);
    add(sets.plans, row.planId);
    add(sets.rounds, row.roundId);
    add(sets.actions, row.actionId);
    for (const side of [row.before, row.after]) {
      if (side === null || typeof side !== 'object') continue;
      const data = side as Record<string, unknown>;
      add(sets.organisations, data.organisationId);
      add(sets.organisations, data.leadOrganisationId);
      if (Array.isArray(data.organisationIds)) for (const id of data.organisationIds) add(sets.organisations, id);
      add(sets.lines, data.lineId);
      add(sets.lines, data.parentId);
      add(sets.plans, data.planId);
      add(sets.rounds, data.roundId);
    }
  }
  return sets;
}

/** The names of everything a page of audit lines refers to, in seven queries whatever the page's size. */
export async function findAuditNames(rows: AuditRow[]): Promise<AuditNames> {
  const ids = collect(rows);
  const entries = await prisma.actionEntry.findMany({ where: { id: { in: [...ids.entries] } }, select: { id: true, actionId: true, roundId: true } });
  for (const entry of entries) {
    ids.actions.add(entry.actionId);
    ids.rounds.add(entry.roundId);
  }
  const [rounds, actions, lines, organisations, users] = await Promise.all([
    prisma.reportingRound.findMany({ where: { id: { in: [...ids.rounds] } }, select: { id: true, title: true, planId: true } }),
    prisma.action.findMany({ where: { id: { in: [...ids.actions] } }, select: { id: true, title: true, planId: true } }),
    prisma.actionLine.findMany({ where: { id: { in: [...ids.lines] } }, select: { id: true, code: true, title: true, planId: true } }),
    prisma.organisation.findMany({ where: { id: { in: [...ids.organisations] } }, select: { id: true, abbreviation: true } }),
    prisma.user.findMany({ where: { id: { in: [...ids.users] } }, select: { id: true, name: true } }),
  ]);
  for (const owner of [...rounds, ...actions, ...lines]) ids.plans.add(owner.planId);
  const plans = await prisma.plan.findMany({ where: { id: { in: [...ids.plans] } }, select: { id: true, title: true } });
  const byId = <T extends { id: number }, V>(items: T[], value: (item: T) => V) => Object.fromEntries(items.map((item) => [item.id, value(item)]));
  return {
    entries: byId(entries, ({ actionId, roundId }) => ({ actionId, roundId })),
    rounds: byId(rounds, ({ title, planId }) => ({ title, planId })),
    actions: byId(actions, ({ title, planId }) => ({ title, planId })),
    lines: byId(lines, ({ code, title, planId }) => ({ code, title, planId })),
    organisations: byId(organisations, (o) => o.abbreviation),
    users: byId(users, (u) => u.name),
    plans: byId(plans, ({ title }) => ({ title })),
  };
}
