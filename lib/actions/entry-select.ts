import type { Prisma } from '@/lib/generated/prisma/client';
import type { DeadlineRange } from '@/lib/deadlines/parse-planning';
import { toIsoDateOrNull } from '@/lib/dates';

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

/** Who was responsible according to a published round (copied when it was published). */
export const publishedResponsibleSelect = {
  orderBy: { position: 'asc' },
  select: { organisation: { select: { abbreviation: true, name: true } } },
} satisfies Prisma.ActionEntry$responsibilitiesArgs;

export function deadlineOf(update: Pick<UpdateContent, 'deadlineStart' | 'deadlineEnd'>): DeadlineRange {
  return { start: toIsoDateOrNull(update.deadlineStart), end: toIsoDateOrNull(update.deadlineEnd) };
}
