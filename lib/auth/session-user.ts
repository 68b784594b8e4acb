import type { Prisma, Role } from '@/lib/generated/prisma/client';

/** The signed-in user as every permission check and use case sees it. Only active accounts. */
export type SessionUser = {
  id: number;
  email: string;
  name: string;
  role: Role;
  /** A partner editor's organisation; null for ministry editors. */
  organisationId: number | null;
  organisation: { abbreviation: string; name: string } | null;
};

/** Who is acting: a signed-in user, or nobody (a reader). */
export type Actor = SessionUser | null;

export const sessionUserSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  organisationId: true,
  organisation: { select: { abbreviation: true, name: true } },
} satisfies Prisma.UserSelect;

export const ROLE_LABELS: Record<Role, string> = {
  MINISTRY_EDITOR: 'Redacteur ministerie',
  PARTNER_EDITOR: 'Redacteur partnerorganisatie',
};
