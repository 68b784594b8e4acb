import 'server-only';
import CredentialsProvider from 'next-auth/providers/credentials';
import { authSecret, shouldUseSecureCookies } from '@/lib/auth/auth-environment';
import { cookieValue, deviceCookieName, deviceOf } from '@/lib/auth/device-cookie';
import { clientAddressOf } from '@/lib/auth/request-client';
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
      const result = await verifyCredentials({ ...parsed.data, ip: clientAddressOf(header(headers, 'x-forwarded-for')), device });
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

