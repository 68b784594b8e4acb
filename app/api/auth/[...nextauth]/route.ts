import NextAuth from 'next-auth';
import type { NextRequest } from 'next/server';
import { authOptions } from '@/lib/auth/auth-options';
import { rememberDevice } from '@/lib/auth/remember-device';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ nextauth: string[] }> };

/** next-auth's endpoints: sign-in, callback, session, CSRF token, sign-out; a device cookie after signing in. */
async function handler(request: NextRequest, context: Context): Promise<Response> {
  const form = request.method === 'POST' ? new URLSearchParams(await request.clone().text()) : new URLSearchParams();
  const response: Response = await NextAuth(request, context, authOptions());
  return rememberDevice({ path: (await context.params).nextauth, form, response });
}

export { handler as GET, handler as POST };
