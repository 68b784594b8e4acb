import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendError } from '@/lib/server/send-error';

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/**
 * When Next answers a page or API request with a 500 (its render failed, most often because the
 * database is down), the client gets the Dutch error page (JSON for the API) instead of Next's bare
 * 500: a 503 with Retry-After when the database is unreachable, else a 500. A route's own other
 * 5xx (/api/health's 503) passes unchanged. Client-side navigations (RSC) and server actions keep
 * Next's own answer, which Next's client code understands.
 */
export function withServerErrorPage(isDatabaseReachable: () => Promise<boolean>, next: Handler): Handler {
  return async (request, response) => {
    const { method, headers } = request;
    if ((method !== 'GET' && method !== 'HEAD') || headers.rsc || headers['next-action']) return next(request, response);
    const { failed, release } = interceptServerError(response);
    await next(request, response);
    if (!(await failed)) return;
    release();
    if (await isDatabaseReachable()) {
      sendError(request, response, { status: 500, message: 'Er ging iets mis bij het maken van deze pagina. Probeer het later opnieuw.' });
    } else {
      sendError(request, response, {
        status: 503,
        message: 'Voortgang is even niet bereikbaar: de database antwoordt niet. Probeer het over een halve minuut opnieuw.',
        headers: { 'Retry-After': '30' },
      });
    }
  };
}

/**
 * Resolves true, once Next has finished, when its answer was a 500: from the moment it starts
 * answering with one, nothing it writes reaches the client (the headers are not sent yet) until
 * `release` lets the error page through. Resolves false for any other answer, which passes unchanged.
 * The wrappers stay in place (other wrappers, such as the page cache's, may sit on top of them).
 */
function interceptServerError(response: ServerResponse): { failed: Promise<boolean>; release: () => void } {
  const original = { writeHead: response.writeHead, write: response.write, end: response.end };
  let mode: 'undecided' | 'pass' | 'swallow' = 'undecided';
  let resolveFailed: (failed: boolean) => void = () => {};
  const failed = new Promise<boolean>((resolve) => (resolveFailed = resolve));
  const swallowing = (status = response.statusCode) => {
    if (mode === 'undecided') {
      mode = status === 500 ? 'swallow' : 'pass';
      if (mode === 'pass') resolveFailed(false);
    }
    return mode === 'swallow';
  };
  response.writeHead = ((status: number, ...rest: unknown[]) => {
    if (swallowing(status)) return response;
    return (original.writeHead as (...args: unknown[]) => ServerResponse).call(response, status, ...rest);
  }) as ServerResponse['writeHead'];
  response.write = ((...args: unknown[]) => {
    if (swallowing()) return true;
    return (original.write as (...args: unknown[]) => boolean).apply(response, args);
  }) as ServerResponse['write'];
  response.end = ((...args: unknown[]) => {
    if (!swallowing()) return (original.end as (...args: unknown[]) => ServerResponse).apply(response, args);
    resolveFailed(true);
    return response;
  }) as ServerResponse['end'];
  response.once('close', () => resolveFailed(false));
  return { failed, release: () => (mode = 'pass') };
}
