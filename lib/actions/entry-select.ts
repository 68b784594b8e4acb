import type { Prisma } from '@/lib/generated/prisma/client';
import type { DeadlineRange } from '@/lib/deadlines/parse-planning';
import { toIsoDateOrNull } from '@/lib/dates';

/**
 * How an action's entry is read, written once: public pages, open data, the workspace, the review
 * and the saves all select its update, line and organisations through these.
 */

/** The fields of an entry's current update that readers see. */
export const currentUpdateSelect = {
  title: true,
  status: true,
  result: true,
  planning: true,
  deadlineStart: true,
  deadlineEnd: true,
} satisfies Prisma.ActionUpdateSelect;

export type UpdateContent = Prisma.ActionUpdateGetPayload<{ select: typeof currentUpdateSelect }>;

/**
 * A saved version as editors see it: what readers see, plus its number, who saved it (and whether
 * that was the ministry) and when.
 */
export const savedUpdateSelect = {
  ...currentUpdateSelect,
  version: true,
  createdAt: true,
  createdBy: { select: { name: true, role: true } },
} satisfies Prisma.ActionUpdateSelect;

/** The line an entry is reported under. */
export const entryLineSelect = {
  select: { code: true, title: true, parentId: true },
} satisfies Prisma.ActionLineDefaultArgs;

const organisationNameSelect = { abbreviation: true, name: true } satisfies Prisma.OrganisationSelect;

/** Who was responsible according to a published round (copied when it was published). */
export const publishedResponsibleSelect = {
  orderBy: { position: 'asc' },
  select: { organisation: { select: organisationNameSelect } },
} satisfies Prisma.ActionEntry$responsibilitiesArgs;

/** Who is responsible for the action now, lead first: ids for the permission rules, names to show. */
export const currentResponsibleSelect = {
  orderBy: { position: 'asc' },
  select: { organisationId: true, organisation: { select: organisationNameSelect } },
} satisfies Prisma.Action$responsibilitiesArgs;

export function deadlineOf(update: Pick<UpdateContent, 'deadlineStart' | 'deadlineEnd'>): DeadlineRange {
  return { start: toIsoDateOrNull(update.deadlineStart), end: toIsoDateOrNull(update.deadlineEnd) };
}
