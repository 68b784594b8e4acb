/** Device cookies: only a genuine cookie for the same address counts, and one is given after a password sign-in. */
import { describe, expect, it } from 'vitest';
import { cookieValue, deviceCookieName, deviceOf, newDeviceCookieValue } from '@/lib/auth/device-cookie';
import { rememberDevice } from '@/lib/auth/remember-device';
import { authSecret } from '@/lib/auth/auth-environment';

const secret = 'een-geheim-van-minstens-tweeendertig-tekens';

describe('device cookies', () => {
  it('name the address they were given for, and nothing else', () => {
    const value = newDeviceCookieValue({ email: 'a@jn.example', secret });
    const device = deviceOf({ value, email: 'a@jn.example', secret });
    expect(device).toMatch(/^[\w-]{22}$/);
    expect(newDeviceCookieValue({ email: 'a@jn.example', secret })).not.toBe(value);
    for (const [kind, candidate, email, key] of [
      ['another address', value, 'b@jn.example', secret],
      ['another secret', value, 'a@jn.example', `${secret}x`],
      ['a changed signature', `${value.slice(0, -1)}${value.endsWith('A') ? 'B' : 'A'}`, 'a@jn.example', secret],
      ['a changed device id', value.replace(device!, 'x'.repeat(22)), 'a@jn.example', secret],
      ['an extra part', `${value}.x`, 'a@jn.example', secret],
      ['nothing', undefined, 'a@jn.example', secret],
      ['garbage', 'a.b.c', 'a@jn.example', secret],
    ] as const) {
      expect(deviceOf({ value: candidate, email, secret: key }), kind).toBeNull();
    }
  });

  it('are read from a Cookie header by name', () => {
    expect(cookieValue('a=1; voortgang-device=x.y.z; b=2', 'voortgang-device')).toBe('x.y.z');
    expect(cookieValue('xvoortgang-device=1', 'voortgang-device')).toBeUndefined();
  });

  it('are given after a successful password sign-in only', () => {
    const form = new URLSearchParams({ email: ' A@JN.example ', password: 'geheim', csrfToken: 't' });
    const signedIn = new Response(null, { status: 200, headers: [['Set-Cookie', 'next-auth.session-token=eyJ; Path=/; HttpOnly']] });
    const [cookie] = rememberDevice({ path: ['callback', 'credentials'], form, response: signedIn }).headers.getSetCookie().slice(1);
    expect(cookie).toMatch(/^voortgang-device=[^;]+; Path=\/; Max-Age=31536000; HttpOnly; SameSite=Lax$/);
    expect(deviceOf({ value: cookieValue(cookie!.split(';')[0], deviceCookieName(false)), email: 'a@jn.example', secret: authSecret() })).not.toBeNull();

    const failed = new Response(null, { status: 200, headers: [['Set-Cookie', 'next-auth.callback-url=%2F; Path=/']] });
    expect(rememberDevice({ path: ['callback', 'credentials'], form, response: failed }).headers.getSetCookie()).toEqual(['next-auth.callback-url=%2F; Path=/']);
    const session = new Response(null, { headers: [['Set-Cookie', 'next-auth.session-token=eyJ; Path=/']] });
    expect(rememberDevice({ path: ['session'], form, response: session }).headers.getSetCookie()).toHaveLength(1);
  });
});
