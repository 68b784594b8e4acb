/**
 * Whose address the sign-in slow-down sees, through a real HTTP server wrapped like `npm start`'s:
 * X-Forwarded-For counts only as far as TRUSTED_PROXY_COUNT proxies of our own wrote it.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { clientAddress, trustedProxyCount, withClientAddress } from '@/lib/server/client-address';

let server: http.Server | undefined;

/** A server whose app answers with the X-Forwarded-For it was given. */
async function startServer(proxies: number): Promise<string> {
  const app = async (request: http.IncomingMessage, response: http.ServerResponse) => {
    response.end(String(request.headers['x-forwarded-for']));
  };
  const handle = withClientAddress(app, trustedProxyCount({ TRUSTED_PROXY_COUNT: String(proxies) }));
  server = http.createServer((request, response) => void handle(request, response));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

const seenAddress = async (url: string, forwardedFor?: string) =>
  (await fetch(url, { headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} })).text();

describe('the client address behind TRUSTED_PROXY_COUNT', () => {
  afterEach(async () => {
    await new Promise((resolve) => server?.close(resolve));
  });

  it('ignores X-Forwarded-For without a trusted proxy (the default): the socket is the client', async () => {
    expect(trustedProxyCount({})).toBe(0);
    const url = await startServer(0);
    expect(await seenAddress(url, '203.0.113.7')).toBe('127.0.0.1');
    expect(await seenAddress(url, '203.0.113.7, 198.51.100.2')).toBe('127.0.0.1');
    expect(await seenAddress(url)).toBe('127.0.0.1');
  });

  it('takes the address the trusted proxy appended with TRUSTED_PROXY_COUNT=1, never what the client wrote before it', async () => {
    const url = await startServer(1);
    expect(await seenAddress(url, '203.0.113.7')).toBe('203.0.113.7');
    expect(await seenAddress(url, '10.6.6.6, 203.0.113.7')).toBe('203.0.113.7');
    expect(await seenAddress(url)).toBe('127.0.0.1');
  });

  it('counts proxies from the right, and refuses a count that is not a number', () => {
    const forwardedFor = 'vervalst, 203.0.113.7, 10.0.0.2';
    expect(clientAddress({ socketAddress: '10.0.0.3', forwardedFor, trustedProxyCount: 2 })).toBe('203.0.113.7');
    expect(clientAddress({ socketAddress: '10.0.0.3', forwardedFor: ['a, b', 'c'], trustedProxyCount: 1 })).toBe('c');
    expect(clientAddress({ socketAddress: '10.0.0.3', forwardedFor: 'a', trustedProxyCount: 5 })).toBe('a');
    for (const value of ['-1', 'twee', '1.5']) {
      expect(() => trustedProxyCount({ TRUSTED_PROXY_COUNT: value })).toThrow(`TRUSTED_PROXY_COUNT moet een geheel getal van 0 of meer zijn, niet ‘${value}’.`);
    }
  });
});
