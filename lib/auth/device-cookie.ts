import 'server-only';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Device cookies (OWASP, "Slow Down Online Guessing Attacks with Device Cookies"): a browser that
 * signed in to an account with its password gets a cookie naming that account, signed with the auth
 * secret. Failed attempts from a browser with a valid cookie count for that cookie alone, so an
 * attacker's guesses from elsewhere never slow down the owner's own browser.
 */

export const DEVICE_COOKIE_MAX_AGE_SECONDS = 365 * 86_400;

/** `__Host-` binds the cookie to this host and path / (only on https). */
export function deviceCookieName(secure: boolean): string {
  return secure ? '__Host-voortgang-device' : 'voortgang-device';
}

/** A new cookie value for `email`: the address, a random device id and their signature. */
export function newDeviceCookieValue(options: { email: string; secret: string }): string {
  const email = Buffer.from(options.email).toString('base64url');
  const device = randomBytes(16).toString('base64url');
  return `${email}.${device}.${signature(options.secret, email, device)}`;
}

/** The device id in `value` when it is a genuine cookie for `email`; null for anything else. */
export function deviceOf(options: { value: string | undefined; email: string; secret: string }): string | null {
  const [email, device, given, ...rest] = (options.value ?? '').split('.');
  if (!email || !device || !given || rest.length > 0) return null;
  const expected = Buffer.from(signature(options.secret, email, device));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  return Buffer.from(email, 'base64url').toString() === options.email ? device : null;
}

/** One cookie's value from a Cookie header. */
export function cookieValue(cookieHeader: string | undefined, name: string): string | undefined {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

function signature(secret: string, email: string, device: string): string {
  return createHmac('sha256', secret).update(`voortgang-device-cookie:${email}.${device}`).digest('base64url');
}
