import type { Prisma } from '@/lib/generated/prisma/client';
import { PUBLISHED } from '@/lib/rounds/published-round';

/** An entry's line with its copies in the published rounds, to name it as the entry's round published it. */
export const publishedLineSelect = {
  published: { where: { round: PUBLISHED }, select: { roundId: true, code: true, title: true, parentId: true } },
} satisfies Prisma.ActionLineSelect;

type LineWithCopies = Prisma.ActionLineGetPayload<{ select: typeof publishedLineSelect }>;

/** The line as round `roundId` published it (code, title, parent). */
export function publishedLineIn(line: LineWithCopies, roundId: number): { code: string; title: string; parentId: number | null } {
  const { roundId: _roundId, ...copy } = line.published.find((c) => c.roundId === roundId)!;
  return copy;
}
