import { securityHeaders } from '@/lib/http/security-headers';

const TITLES: Record<number, string> = {
  400: 'Niet ingelezen',
  403: 'Niet toegestaan',
  404: 'Niet gevonden',
  405: 'Methode niet toegestaan',
  413: 'Bestand te groot',
};

/**
 * A small self-contained Dutch page for a refusal a route handler answers itself (an upload that
 * was not read): the status, the message, and a link back. Private, never cached; no body for HEAD.
 */
export function messagePage(options: { status: number; message: string; back: { href: string; label: string }; method?: string }) {
  const title = TITLES[options.status] ?? 'Er ging iets mis';
  const body = `<!DOCTYPE html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} · Voortgang</title>
<style>body{font-family:system-ui,sans-serif;margin:0;color:#1b1b1b;line-height:1.5}header{background:#154273;color:#fff;padding:1rem}main{max-width:40rem;margin:2rem auto;padding:0 1rem}a{color:#154273}p.fout{border-left:4px solid #b91c1c;background:#fef2f2;padding:.5rem 1rem}</style></head>
<body><header>Voortgang actieplannen</header>
<main><h1>${title}</h1><p class="fout" role="alert">${escapeHtml(options.message)}</p><p><a href="${escapeHtml(options.back.href)}">${escapeHtml(options.back.label)}</a></p></main>
</body>
</html>
`;
  const headers = new Headers({ 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'private, no-store' });
  for (const { key, value } of securityHeaders()) headers.set(key, value);
  return new Response(options.method === 'HEAD' ? null : body, { status: options.status, headers });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
