/**
 * The production HTTP server: Next's request handler behind the page cache for published pages
 * (see lib/server/page-cache.ts: a cached, pre-compressed page costs about what a static file costs,
 * a page rendered by Next several times more; README, "Fast by construction"). Started by `npm start`.
 */
import http from 'node:http';
import next from 'next';
import { withPageCache } from '@/lib/server/cached-handler';
import { withClientAddress } from '@/lib/server/client-address';
import { listenForPublications } from '@/lib/server/listen-for-publications';
import { processPageCache } from '@/lib/server/page-cache';

async function main() {
  const port = Number(process.env.PORT ?? 3000);
  const hostname = process.env.HOST ?? '0.0.0.0';
  const app = next({ dev: false, dir: process.cwd(), hostname, port });
  await app.prepare();

  const cache = processPageCache();
  const handle = withClientAddress(withPageCache(cache, app.getRequestHandler()));
  const server = http.createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error('Verzoek mislukt:', error instanceof Error ? error.message : error);
      if (!response.headersSent) response.statusCode = 500;
      response.end();
    });
  });
  server.listen(port, hostname, () => console.log(`Server luistert op ${hostname}:${port}`));

  // The embedded database serves one instance: its publications clear the cache in-process.
  if (!process.env.EMBEDDED_DATABASE && process.env.DATABASE_URL) {
    listenForPublications(process.env.DATABASE_URL, () => cache.clear());
  }
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
