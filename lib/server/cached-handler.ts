import type { IncomingMessage, ServerResponse } from 'node:http';
import { securityHeaders } from '@/lib/http/security-headers';
import { negotiateEncoding } from '@/lib/server/accept-encoding';
import { matchesIfNoneMatch } from '@/lib/server/if-none-match';
import type { CachedPage, PageCache } from '@/lib/server/page-cache';

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/** The public, published pages: the only ones whose HTML is the same for everyone. */
const CACHEABLE_PATH = /^\/(plannen\/[a-z0-9-]+(\/rondes\/[a-z0-9-]+(\/(wijzigingen(\/verschoven)?|planning|lijnen\/[A-Za-z0-9]+))?|\/acties\/\d+)?|api\/public\/plans\/[a-z0-9-]+)$/;

/**
 * Wraps Next's request handler with the page cache. A cacheable request is answered from memory
 * when the page is there (304 when the browser has it); otherwise Next renders it, and the
 * response is kept when Next itself marks it as a cached page (ISR: `s-maxage`, not stale). Only a
 * complete answer to a GET is kept: a HEAD on a cold page is passed to Next and stores nothing.
 */
export function withPageCache(cache: PageCache, next: Handler): Handler {
  return async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (!isCacheable(request, url.pathname)) return next(request, response);

    const cached = cache.get(url.pathname);
    if (cached) return sendCached(request, response, cached, 'HIT');

    // Ask Next for the uncompressed page: it is compressed once, here, when stored.
    delete request.headers['accept-encoding'];
    const captured = captureBody(response);
    await next(request, response);
    const body = await captured;
    const ttlSeconds = sharedMaxAge(response);
    const nextCache = String(response.getHeader('x-nextjs-cache') ?? '');
    if (request.method === 'GET' && body && isComplete(response, body) && ttlSeconds > 0 && nextCache !== 'STALE') {
      const page = {
        body,
        contentType: String(response.getHeader('content-type') ?? 'text/html; charset=utf-8'),
        cacheControl: String(response.getHeader('cache-control')),
        ttlSeconds,
      };
      // The client already has its answer; compressing for the next ones happens in the background.
      cache.store(url.pathname, page).catch((error: unknown) => console.error('Pagina niet in de cache gezet:', error));
    }
  };
}

function isCacheable(request: IncomingMessage, pathname: string): boolean {
  const method = request.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD') return false;
  // Client-side navigations ask for the RSC payload instead of HTML: leave those to Next.
  const { headers } = request;
  if (headers.rsc || headers['next-router-prefetch'] || headers['next-router-state-tree'] || headers['next-action']) return false;
  return CACHEABLE_PATH.test(pathname);
}

/** A 200 whose body is all there: as long as its Content-Length says, when Next sent one. */
function isComplete(response: ServerResponse, body: Buffer): boolean {
  const declared = response.getHeader('content-length');
  return response.statusCode === 200 && (declared === undefined || Number(declared) === body.length);
}

function sendCached(request: IncomingMessage, response: ServerResponse, page: CachedPage, status: string) {
  const encoding = negotiateEncoding(request.headers['accept-encoding']);
  response.setHeader('Content-Type', page.contentType);
  response.setHeader('Cache-Control', page.cacheControl);
  response.setHeader('ETag', page.etag);
  response.setHeader('Vary', 'Accept-Encoding');
  response.setHeader('X-Page-Cache', status);
  // Next is not asked, so its headers() from next.config.ts are not applied: the same ones here.
  for (const { key, value } of securityHeaders()) response.setHeader(key, value);
  if (matchesIfNoneMatch(request.headers['if-none-match'], page.etag)) {
    response.statusCode = 304;
    response.end();
    return;
  }
  const body = page.bodies[encoding];
  if (encoding !== 'identity') response.setHeader('Content-Encoding', encoding);
  response.setHeader('Content-Length', body.length);
  response.statusCode = 200;
  response.end(request.method === 'HEAD' ? undefined : body);
}

/** Copies what Next writes to the response, without changing what the client receives. */
function captureBody(response: ServerResponse): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  const write = response.write.bind(response) as (...args: unknown[]) => boolean;
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  return new Promise((resolve) => {
    response.write = ((chunk: unknown, ...rest: unknown[]) => {
      collect(chunks, chunk);
      return write(chunk, ...rest);
    }) as ServerResponse['write'];
    response.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (typeof chunk !== 'function') collect(chunks, chunk);
      resolve(response.getHeader('content-encoding') ? null : Buffer.concat(chunks));
      return end(chunk, ...rest);
    }) as ServerResponse['end'];
    response.once('close', () => resolve(null));
  });
}

function collect(chunks: Buffer[], chunk: unknown) {
  if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
  chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
}

function sharedMaxAge(response: ServerResponse): number {
  const match = /s-maxage=(\d+)/.exec(String(response.getHeader('cache-control') ?? ''));
  return match ? Number(match[1]) : 0;
}
