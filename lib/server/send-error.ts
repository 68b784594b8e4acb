import type { IncomingMessage, ServerResponse } from 'node:http';
import { securityHeaders } from '@/lib/http/security-headers';

const TITLES: Record<number, string> = {
  400: 'Ongeldig verzoek',
  401: 'Inloggen nodig',
  403: 'Niet toegestaan',
  404: 'Niet gevonden',
  405: 'Methode niet toegestaan',
  409: 'Conflict',
  411: 'Lengte ontbreekt',
  413: 'Verzoek te groot',
  500: 'Er ging iets mis',
  503: 'Tijdelijk niet beschikbaar',
};

/**
 * An error the server answers itself, before or instead of Next: a Dutch message as JSON for the
 * API, as a small self-contained page otherwise, always with the security headers, no body for HEAD.
 * Whatever Next had already set on the response is dropped.
 */
export function sendError(
  request: IncomingMessage,
  response: ServerResponse,
  error: { status: number; message: string; headers?: Record<string, string> },
): void {
  for (const name of response.getHeaderNames()) response.removeHeader(name);
  const api = (request.url ?? '').startsWith('/api/');
  const body = Buffer.from(api ? JSON.stringify({ error: error.message }) : errorPage(error.status, error.message));
  response.statusCode = error.status;
  for (const { key, value } of securityHeaders()) response.setHeader(key, value);
  for (const [key, value] of Object.entries(error.headers ?? {})) response.setHeader(key, value);
  response.setHeader('Content-Type', api ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8');
  response.setHeader('Cache-Control', 'no-store');
  response.setHeader('Content-Length', body.length);
  response.end(request.method === 'HEAD' ? undefined : body);
}

/** The small self-contained Dutch error page; `back` replaces the link to the overview of plans. */
export function errorPage(status: number, message: string, back: { href: string; label: string } = { href: '/', label: 'Naar het overzicht van plannen' }): string {
  const title = TITLES[status] ?? TITLES[500]!;
  return `<!DOCTYPE html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} · Voortgang</title>
<style>body{font-family:system-ui,sans-serif;margin:0;color:#1b1b1b}header{background:#154273;color:#fff;padding:1rem}main{max-width:40rem;margin:2rem auto;padding:0 1rem}a{color:#154273}</style></head>
<body><header>Voortgang actieplannen</header>
<main><h1>${title}</h1><p>${escapeHtml(message)}</p><p><a href="${escapeHtml(back.href)}">${escapeHtml(back.label)}</a></p></main>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
