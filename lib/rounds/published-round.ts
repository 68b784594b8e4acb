import type { Prisma } from '@/lib/generated/prisma/client';

/** Readers only ever see published rounds: every public query filters with this. */
export const PUBLISHED: Prisma.ReportingRoundWhereInput = { state: 'PUBLISHED' };

export const publicRoundSelect = {
  id: true,
  key: true,
  title: true,
  date: true,
  dateIsApproximate: true,
  isBaseline: true,
} satisfies Prisma.ReportingRoundSelect;

export type PublicRound = Prisma.ReportingRoundGetPayload<{ select: typeof publicRoundSelect }>;
