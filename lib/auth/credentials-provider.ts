import 'server-only';
import CredentialsProvider from 'next-auth/providers/credentials';
import { authSecret, shouldUseSecureCookies } from '@/lib/auth/auth-environment';
import { cookieValue, deviceCookieName, deviceOf } from '@/lib/auth/device-cookie';
import { THROTTLED_ERROR_PREFIX } from '@/lib/auth/sign-in-messages';
import { verifyCredentials } from '@/lib/auth/verify-credentials';
import { signInSchema } from '@/lib/validation/sign-in';

/** E-mail and password, slowed down per device cookie or per account and network address. */
export function credentialsProvider() {
  return CredentialsProvider({
    id: 'credentials',
    name: 'E-mailadres en wachtwoord',
    credentials: { email: { type: 'email' }, password: { type: 'password' } },
    async authorize(input, request) {
      const parsed = signInSchema.safeParse(input);
      if (!parsed.success) return null;
      const headers = request.headers ?? {};
      const cookie = cookieValue(header(headers, 'cookie'), deviceCookieName(shouldUseSecureCookies()));
      const device = deviceOf({ value: cookie, email: parsed.data.email, secret: authSecret() });
      const result = await verifyCredentials({ ...parsed.data, ip: clientAddress(headers), device });
      if (result.ok) return { id: String(result.user.id), name: result.user.name, email: result.user.email, role: result.user.role };
      if (result.reason === 'throttled') throw new Error(`${THROTTLED_ERROR_PREFIX}${result.retryAfterSeconds}`);
      return null;
    },
  });
}

function header(headers: Record<string, unknown>, name: string): string | undefined {
  const value = headers[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * The client's address: the last entry of X-Forwarded-For. `npm start`'s server sets that header to
 * the one address it trusts (the socket's peer, or what the configured proxies say: client-address.ts).
 */
function clientAddress(headers: Record<string, unknown>): string {
  return header(headers, 'x-forwarded-for')?.split(',').at(-1)?.trim() || 'onbekend';
}
