import 'server-only';
import { getToken, type JWT } from 'next-auth/jwt';
import { NextRequest } from 'next/server';
import { authSecret, shouldUseSecureCookies } from '@/lib/auth/auth-environment';

/** The decoded next-auth session token in a Cookie header, or null (no cookie, forged, expired). */
export async function readSessionToken(cookieHeader: string | null): Promise<JWT | null> {
  if (!cookieHeader) return null;
  // Only the Cookie header: getToken would also accept a bearer token, which the app never issues.
  const request = new NextRequest('http://localhost/', { headers: { cookie: cookieHeader } });
  return getToken({ req: request, secret: authSecret(), secureCookie: shouldUseSecureCookies() });
}
