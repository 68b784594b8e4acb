import 'server-only';
import { authSecret, shouldUseSecureCookies } from '@/lib/auth/auth-environment';
import { cookieValue, deviceCookieName, deviceOf } from '@/lib/auth/device-cookie';

/**
 * The client's address: the last entry of X-Forwarded-For. `npm start`'s server sets that header to
 * the one address it trusts (the socket's peer, or what the configured proxies say: client-address.ts).
 */
export function clientAddressOf(forwardedFor: string | null | undefined): string {
  return forwardedFor?.split(',').at(-1)?.trim() || 'onbekend';
}

/** Who is asking, for the slow-downs: the network address and this browser's device cookie for `email`. */
export function requestClient(headers: Headers, email: string): { ip: string; device: string | null } {
  const cookie = cookieValue(headers.get('cookie') ?? undefined, deviceCookieName(shouldUseSecureCookies()));
  return { ip: clientAddressOf(headers.get('x-forwarded-for')), device: deviceOf({ value: cookie, email, secret: authSecret() }) };
}
