import 'server-only';
import { cache } from 'react';
import { getServerSession } from 'next-auth';
import { notFound, redirect } from 'next/navigation';
import { prisma } from '@/lib/db';
import { authOptions } from '@/lib/auth/auth-options';
import { can } from '@/lib/auth/permissions';
import { sessionUserSelect, type SessionUser } from '@/lib/auth/session-user';

/**
 * The one place that asks next-auth who is signed in. The session only carries the user's id; the
 * account is read from the database on every request, so a deactivated account or a changed role
 * takes effect at once.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions());
  const id = Number((session?.user as { id?: string } | undefined)?.id);
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  return prisma.user.findFirst({ where: { id, active: true }, select: sessionUserSelect });
});

/** For pages: the signed-in user, or a redirect to the sign-in page that comes back to `returnTo`. */
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/inloggen?terug=${encodeURIComponent(returnTo)}`);
  return user;
}

/** For the management pages: a ministry editor, else the sign-in page (signed out) or "not found". */
export async function requireMinistryEditor(returnTo: string): Promise<SessionUser> {
  const user = await requireUser(returnTo);
  if (!can(user, 'review.view', null)) notFound();
  return user;
}
