import 'server-only';
import { prisma } from '@/lib/db';
import { assertCan } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import type { AuditFilter } from '@/lib/validation/audit';

/**
 * The choices of the audit log's filter: accounts, organisations, plans, their rounds, and the
 * actions of the chosen plan or round's plan (an action filter without either still names its action).
 */
export async function findAuditFilterOptions(options: { user: Actor; filter: AuditFilter }) {
  assertCan(options.user, 'audit.view', null);
  const { actie, ronde } = options.filter;
  // A chosen round stands for its plan: its actions are offered too.
  const plan =
    options.filter.plan ?? (ronde === undefined ? undefined : (await prisma.reportingRound.findUnique({ where: { id: ronde }, select: { planId: true } }))?.planId);
  const [users, organisations, plans, rounds, actions] = await Promise.all([
    prisma.user.findMany({ orderBy: [{ name: 'asc' }, { id: 'asc' }], select: { id: true, name: true, organisation: { select: { abbreviation: true } } } }),
    prisma.organisation.findMany({ orderBy: { abbreviation: 'asc' }, select: { id: true, abbreviation: true } }),
    prisma.plan.findMany({ orderBy: { title: 'asc' }, select: { id: true, title: true } }),
    prisma.reportingRound.findMany({
      where: options.filter.plan === undefined ? {} : { planId: options.filter.plan },
      orderBy: [{ planId: 'asc' }, { date: 'desc' }, { id: 'desc' }],
      select: { id: true, title: true, planId: true },
    }),
    plan === undefined && actie === undefined
      ? []
      : prisma.action.findMany({
          where: { OR: [...(plan === undefined ? [] : [{ planId: plan }]), ...(actie === undefined ? [] : [{ id: actie }])] },
          orderBy: [{ title: 'asc' }, { id: 'asc' }],
          select: { id: true, title: true },
        }),
  ]);
  const planTitle = new Map(plans.map((p) => [p.id, p.title]));
  return {
    users: users.map((u) => ({ value: String(u.id), label: `${u.name} (${u.organisation?.abbreviation ?? 'ministerie'})` })),
    organisations: organisations.map((o) => ({ value: String(o.id), label: o.abbreviation })),
    plans: plans.map((p) => ({ value: String(p.id), label: p.title })),
    rounds: rounds.map((r) => ({ value: String(r.id), label: options.filter.plan === undefined ? `${r.title} (${planTitle.get(r.planId) ?? ''})` : r.title })),
    actions: actions.map((a) => ({ value: String(a.id), label: a.title })),
  };
}

export type AuditFilterOptions = Awaited<ReturnType<typeof findAuditFilterOptions>>;
