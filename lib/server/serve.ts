/**
 * The production HTTP server: Next's request handler behind the page cache for published pages
 * (see lib/server/page-cache.ts: a cached, pre-compressed page costs about what a static file costs,
 * a page rendered by Next several times more; README, "Fast by construction"). Started by `npm start`.
 *
 * In front of Next it also answers what Next would answer badly (lib/server/refuse-before-next.ts,
 * lib/server/check-server-action-body.ts) and replaces Next's bare 500 with the Dutch error page.
 */
import http from 'node:http';
import next from 'next';
import { withPageCache } from '@/lib/server/cached-handler';
import { checkServerActionBody, discardRestOfBody, isUpload } from '@/lib/server/check-server-action-body';
import { withClientAddress } from '@/lib/server/client-address';
import { isDatabaseReachable } from '@/lib/server/database-reachable';
import { listenForPublications } from '@/lib/server/listen-for-publications';
import { processPageCache } from '@/lib/server/page-cache';
import { issueRevalidationToken } from '@/lib/server/revalidation-token';
import { isServerAction, refuseBeforeNext } from '@/lib/server/refuse-before-next';
import { withServerErrorPage } from '@/lib/server/replace-server-errors';
import { sendError } from '@/lib/server/send-error';
import { startMail } from '@/lib/server/start-mail';

async function main() {
  const port = Number(process.env.PORT ?? 3000);
  const hostname = process.env.HOST ?? '0.0.0.0';
  const app = next({ dev: false, dir: process.cwd(), hostname, port });
  await app.prepare();
  const stopMail = await startMail();

  const cache = processPageCache();
  const handle = withServerErrorPage(
    () => isDatabaseReachable(process.env.DATABASE_URL),
    withPageCache(cache, app.getRequestHandler()),
  );
  const serve = withClientAddress(async (request, response) => {
    if (refuseBeforeNext(request, response)) return;
    if (!isServerAction(request) && !isUpload(request)) return handle(request, response);
    const checked = await checkServerActionBody(request);
    if ('request' in checked) return handle(checked.request, response);
    sendError(request, response, { status: checked.status, message: checked.message });
    discardRestOfBody(request);
  });
  const server = http.createServer((request, response) => {
    serve(request, response).catch((error: unknown) => {
      console.error('Verzoek mislukt:', error instanceof Error ? error.message : error);
      if (response.headersSent) response.end();
      else sendError(request, response, { status: 500, message: 'Er ging iets mis. Probeer het later opnieuw.' });
    });
  });
  server.listen(port, hostname, () => console.log(`Server luistert op ${hostname}:${port}`));

  // The embedded database serves one instance: its publications clear the caches in-process.
  if (!process.env.EMBEDDED_DATABASE && process.env.DATABASE_URL) {
    const revalidate = revalidateOwnCaches(hostname, port);
    listenForPublications({
      connectionString: process.env.DATABASE_URL,
      onPublication: (planSlug) => revalidate(planSlug, `Publicatie gehoord (${planSlug})`),
      onListening: () => revalidate(null, 'Luistert naar publicaties'),
    });
  }
  const stop = () => server.close(() => void stopMail().finally(() => process.exit(0)));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

/**
 * Empties Next's caches of the public pages (of one plan, or all) and the page cache, through the
 * app's own route: Next revalidates only inside a request. Logs `reason` once done.
 */
function revalidateOwnCaches(hostname: string, port: number) {
  const token = issueRevalidationToken();
  const host = hostname === '0.0.0.0' || hostname === '::' ? '127.0.0.1' : hostname;
  return (planSlug: string | null, reason: string) => {
    fetch(`http://${host}:${port}/api/internal/revalidate`, {
      method: 'POST',
      headers: { 'x-revalidation-token': token, 'content-type': 'application/json' },
      body: JSON.stringify({ planSlug }),
    })
      .then((response) => {
        if (response.status !== 204) throw new Error(`status ${response.status}`);
        console.log(`${reason}; paginacaches geleegd.`);
      })
      .catch((error: unknown) => console.error(`${reason}, maar de caches legen mislukte:`, error));
  };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
