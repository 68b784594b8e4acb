import 'server-only';
import { cache } from 'react';
import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { can } from '@/lib/auth/permissions';
import { findSessionUser } from '@/lib/auth/find-session-user';
import { readSessionToken } from '@/lib/auth/read-session-token';
import type { SessionUser } from '@/lib/auth/session-user';

/**
 * The one place that asks who is signed in. The session token only names the account, its session
 * generation and when it signed in; the account is read from the database on every request, so a
 * sign-out elsewhere, a new password, a changed role or a deactivated account take effect at once.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const token = await readSessionToken((await headers()).get('cookie'));
  return findSessionUser({ token, now: new Date() });
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
