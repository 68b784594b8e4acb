import 'server-only';
import { authSecret, shouldUseSecureCookies } from '@/lib/auth/auth-environment';
import { DEVICE_COOKIE_MAX_AGE_SECONDS, deviceCookieName, newDeviceCookieValue } from '@/lib/auth/device-cookie';
import { signInSchema } from '@/lib/validation/sign-in';

const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?=[^;]/;

/**
 * After a successful sign-in with a password, the browser gets a device cookie for that address
 * (device-cookie.ts), so that later guesses by others do not slow it down. `form` is the sign-in
 * request's body; success shows as the new session cookie in next-auth's response.
 */
export function rememberDevice(options: { path: string[]; form: URLSearchParams; response: Response }): Response {
  const { path, form, response } = options;
  const signedIn = path.join('/') === 'callback/credentials' && response.headers.getSetCookie().some((c) => SESSION_COOKIE.test(c));
  const email = signInSchema.shape.email.safeParse(form.get('email'));
  if (!signedIn || !email.success) return response;
  const secure = shouldUseSecureCookies();
  const value = newDeviceCookieValue({ email: email.data, secret: authSecret() });
  const attributes = ['Path=/', `Max-Age=${DEVICE_COOKIE_MAX_AGE_SECONDS}`, 'HttpOnly', 'SameSite=Lax', ...(secure ? ['Secure'] : [])];
  const headers = new Headers(response.headers);
  headers.append('Set-Cookie', [`${deviceCookieName(secure)}=${value}`, ...attributes].join('; '));
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
