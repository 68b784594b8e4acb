import type { IncomingMessage, ServerResponse } from 'node:http';
import { securityHeaders } from '@/lib/http/security-headers';
import { sendError } from '@/lib/server/send-error';

const PUBLIC_API = /^\/api\/public(\/|$)/;
const READ_ONLY_METHODS = 'GET, HEAD';
const PAGE_METHODS = 'GET, HEAD, POST';

/**
 * Answers what Next would answer with a 500 or without the right headers: a path whose
 * %-encoding is not UTF-8 (400), OPTIONS (204 with Allow), a write to the public API (405), and a
 * server action from another site (403). True when the request has been answered.
 */
export function refuseBeforeNext(request: IncomingMessage, response: ServerResponse): boolean {
  const path = (request.url ?? '/').split('?')[0]!;
  if (!isDecodable(path)) {
    sendError(request, response, { status: 400, message: 'Dit adres bevat een ongeldige %-codering en bestaat niet.' });
    return true;
  }
  const allow = PUBLIC_API.test(path) ? READ_ONLY_METHODS : PAGE_METHODS;
  if (request.method === 'OPTIONS') {
    for (const { key, value } of securityHeaders()) response.setHeader(key, value);
    response.writeHead(204, { Allow: allow }).end();
    return true;
  }
  if (!allow.split(', ').includes(request.method ?? 'GET')) {
    sendError(request, response, {
      status: 405,
      message: `Dit adres kan alleen gelezen worden (${allow}).`,
      headers: { Allow: allow },
    });
    return true;
  }
  if (isServerAction(request) && !isSameOrigin(request)) {
    sendError(request, response, {
      status: 403,
      message: 'Dit formulier is niet vanaf deze website verstuurd; er is niets gewijzigd.',
    });
    return true;
  }
  return false;
}

/** A server action: a POST with Next's action header, or a form posted without JavaScript. */
export function isServerAction(request: IncomingMessage): boolean {
  if (request.method !== 'POST') return false;
  return Boolean(request.headers['next-action']) || /^multipart\/form-data/i.test(String(request.headers['content-type'] ?? ''));
}

function isDecodable(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * As Next checks it (its CSRF protection), but answered with a 403: the Origin's host must be the
 * host the request was sent to (X-Forwarded-Host behind a proxy). Without an Origin (not a browser)
 * Next lets it through, and so does this.
 */
function isSameOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  const forwarded = request.headers['x-forwarded-host'];
  const host = (Array.isArray(forwarded) ? forwarded[0] : forwarded?.split(',')[0]?.trim()) || request.headers.host;
  try {
    return origin !== 'null' && new URL(origin).host === host;
  } catch {
    return false;
  }
}
