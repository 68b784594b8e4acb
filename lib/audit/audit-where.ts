import type { Prisma } from '@/lib/generated/prisma/client';
import { addCalendarDays, amsterdamInstant } from '@/lib/rounds/amsterdam-time';
import type { AuditFilter } from '@/lib/validation/audit';

/**
 * The filter as a query on audit_log: each dimension on its own indexed column (actor_id,
 * actor_organisation_id, plan_id, round_id, action_id, permission, created_at), all combined.
 * A period runs from the start of `van` to the end of `tot`, Amsterdam days.
 */
export function auditWhere(filter: AuditFilter): Prisma.AuditLogEntryWhereInput {
  const where: Prisma.AuditLogEntryWhereInput = {};
  if (filter.persoon !== undefined) where.actorId = filter.persoon === 'opdrachtregel' ? null : filter.persoon;
  if (filter.organisatie === 'ministerie') Object.assign(where, { actorOrganisationId: null, actorId: where.actorId ?? { not: null } });
  else if (filter.organisatie !== undefined) where.actorOrganisationId = filter.organisatie;
  if (filter.plan !== undefined) where.planId = filter.plan;
  if (filter.ronde !== undefined) where.roundId = filter.ronde;
  if (filter.actie !== undefined) where.actionId = filter.actie;
  if (filter.soort !== undefined) where.permission = filter.soort;
  if (filter.van !== undefined || filter.tot !== undefined) {
    where.createdAt = {
      ...(filter.van !== undefined && { gte: amsterdamInstant(filter.van, '00:00') }),
      ...(filter.tot !== undefined && { lt: amsterdamInstant(addCalendarDays(filter.tot, 1), '00:00') }),
    };
  }
  return where;
}

/** True when the period is the wrong way round: nothing can match, and the page says why. */
export function periodReversed(filter: AuditFilter): boolean {
  return filter.van !== undefined && filter.tot !== undefined && filter.van > filter.tot;
}
