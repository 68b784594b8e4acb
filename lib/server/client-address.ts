import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Which address a request comes from, for the slow-down after failed sign-ins. X-Forwarded-For is
 * only believed as far as proxies of our own wrote it: with TRUSTED_PROXY_COUNT=0 (the default, no
 * proxy in front) the socket's peer is the client, whatever the header says; with N proxies, the
 * address the outermost of them saw (the N-th entry from the right). The server passes the result on
 * to the app as the only entry of X-Forwarded-For, so Next keeps it and nobody can add to it.
 */
export function clientAddress(options: {
  socketAddress: string | undefined;
  forwardedFor: string | string[] | undefined;
  trustedProxyCount: number;
}): string {
  const forwarded = [options.forwardedFor ?? []].flat().flatMap((value) => value.split(','));
  const hops = [...forwarded.map((hop) => hop.trim()).filter(Boolean), options.socketAddress ?? 'onbekend'];
  return hops[Math.max(0, hops.length - 1 - options.trustedProxyCount)]!;
}

/** TRUSTED_PROXY_COUNT: how many reverse proxies of our own are in front of the server (default 0). */
export function trustedProxyCount(env: Record<string, string | undefined> = process.env): number {
  const value = env.TRUSTED_PROXY_COUNT?.trim() || '0';
  if (!/^\d{1,2}$/.test(value)) throw new Error(`TRUSTED_PROXY_COUNT moet een geheel getal van 0 of meer zijn, niet ‘${value}’.`);
  return Number(value);
}

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/** Wraps the server's handler: X-Forwarded-For becomes the one client address (see clientAddress). */
export function withClientAddress(handler: Handler, proxies = trustedProxyCount()): Handler {
  return (request, response) => {
    request.headers['x-forwarded-for'] = clientAddress({
      socketAddress: request.socket.remoteAddress,
      forwardedFor: request.headers['x-forwarded-for'],
      trustedProxyCount: proxies,
    });
    return handler(request, response);
  };
}
