import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { withPageCache } from '@/lib/server/cached-handler';
import { PageCache } from '@/lib/server/page-cache';

/** Stands in for Next's handler: counts renders and answers like Next does for ISR pages. */
let renders = 0;
let cacheControl = 's-maxage=3600, stale-while-revalidate=31532400';
async function fakeNext(request: http.IncomingMessage, response: http.ServerResponse) {
  renders++;
  response.setHeader('Content-Type', 'text/html; charset=utf-8');
  response.setHeader('Cache-Control', cacheControl);
  response.setHeader('x-received-accept-encoding', String(request.headers['accept-encoding'] ?? ''));
  const body = `<p>render ${renders} of ${request.url}</p><p>end</p>`;
  // As Next answers a HEAD: the GET's headers, no body.
  if (request.method === 'HEAD') {
    response.setHeader('Content-Length', Buffer.byteLength(body));
    response.end();
    return;
  }
  response.write(body.slice(0, 10));
  response.end(body.slice(10));
}

/** Every request handled and every page stored, as promises, so a test can wait for them to finish. */
const inFlight: Promise<unknown>[] = [];
class ObservedPageCache extends PageCache {
  override store(...args: Parameters<PageCache['store']>): Promise<void> {
    const stored = super.store(...args);
    inFlight.push(stored);
    return stored;
  }
}

const cache = new ObservedPageCache();
let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    inFlight.push(withPageCache(cache, fakeNext)(req, res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  cache.clear();
  renders = 0;
  cacheControl = 's-maxage=3600, stale-while-revalidate=31532400';
});

/** Waits until every request so far is handled, the background compression of its page included. */
async function settle() {
  while (inFlight.length > 0) await Promise.all(inFlight.splice(0));
}

describe('the page cache in front of Next', () => {
  it('renders a published page once, then answers from memory', async () => {
    const first = await fetch(`${base}/plannen/actieplan-pleegzorg`, { headers: { 'accept-encoding': 'gzip' } });
    expect(await first.text()).toContain('render 1');
    expect(first.headers.get('x-received-accept-encoding')).toBe(''); // Next was asked for plain HTML
    await settle();
    const second = await fetch(`${base}/plannen/actieplan-pleegzorg`);
    expect(second.headers.get('x-page-cache')).toBe('HIT');
    expect(await second.text()).toBe('<p>render 1 of /plannen/actieplan-pleegzorg</p><p>end</p>');
    expect(renders).toBe(1);
  });

  it('keeps the changes tab and its filtered path (…/wijzigingen/verschoven) apart', async () => {
    const changes = `${base}/plannen/p/rondes/r1/wijzigingen`;
    for (const url of [changes, `${changes}/verschoven`]) await fetch(url);
    await settle();
    expect(await (await fetch(changes)).text()).toContain('render 1 of /plannen/p/rondes/r1/wijzigingen<');
    const filtered = await fetch(`${changes}/verschoven`);
    expect(filtered.headers.get('x-page-cache')).toBe('HIT');
    expect(await filtered.text()).toContain('render 2 of /plannen/p/rondes/r1/wijzigingen/verschoven<');
    expect(renders).toBe(2);
  });

  it('sends the compressed copy the browser accepts, and 304 for a page it has', async () => {
    await fetch(`${base}/plannen/p/rondes/r1`);
    await settle();
    const compressed = await new Promise<http.IncomingMessage>((resolve) =>
      http.get(`${base}/plannen/p/rondes/r1`, { headers: { 'accept-encoding': 'gzip' } }, resolve),
    );
    expect(compressed.headers['content-encoding']).toBe('gzip');
    const chunks: Buffer[] = [];
    for await (const chunk of compressed) chunks.push(chunk as Buffer);
    expect(gunzipSync(Buffer.concat(chunks)).toString()).toContain('render 1');

    const etag = compressed.headers.etag!;
    const again = await fetch(`${base}/plannen/p/rondes/r1`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });

  it('leaves alone what is not a published page: dynamic answers, other paths, client navigations', async () => {
    cacheControl = 'private, no-cache, no-store, max-age=0, must-revalidate';
    await fetch(`${base}/plannen/p`);
    await settle();
    await fetch(`${base}/plannen/p`);
    expect(renders).toBe(2);

    cacheControl = 's-maxage=3600';
    for (const path of ['/beheer', '/plannen/p/zoeken', '/api/auth/session']) {
      await fetch(`${base}${path}`);
      await settle();
      await fetch(`${base}${path}`);
    }
    await fetch(`${base}/plannen/q`, { headers: { rsc: '1' } });
    await settle();
    await fetch(`${base}/plannen/q`, { headers: { rsc: '1' } });
    expect(renders).toBe(2 + 6 + 2);
  });

  it('never keeps the empty answer to a HEAD: the next GET gets the whole page', async () => {
    const head = await fetch(`${base}/plannen/p`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    await settle();
    const page = await fetch(`${base}/plannen/p`);
    expect(await page.text()).toBe('<p>render 2 of /plannen/p</p><p>end</p>');
    await settle();
    const cachedHead = await fetch(`${base}/plannen/p`, { method: 'HEAD', headers: { 'accept-encoding': 'identity' } });
    expect(cachedHead.headers.get('x-page-cache')).toBe('HIT');
    expect(cachedHead.headers.get('content-length')).toBe(String('<p>render 2 of /plannen/p</p><p>end</p>'.length));
    expect(await cachedHead.text()).toBe('');
  });

  it('sends no coding the client refuses, and 304 for any tag of a list or *', async () => {
    await fetch(`${base}/plannen/p`);
    await settle();
    const identity = await new Promise<http.IncomingMessage>((resolve) =>
      http.get(`${base}/plannen/p`, { headers: { 'accept-encoding': 'br;q=0, gzip;q=0' } }, resolve),
    );
    expect(identity.headers['x-page-cache']).toBe('HIT');
    expect(identity.headers['content-encoding']).toBeUndefined();
    identity.resume();
    const etag = identity.headers.etag!;
    for (const ifNoneMatch of [`"other", ${etag}`, `W/${etag}`, '*']) {
      const again = await fetch(`${base}/plannen/p`, { headers: { 'if-none-match': ifNoneMatch } });
      expect(again.status, ifNoneMatch).toBe(304);
    }
  });

  it('forgets everything when a round is published', async () => {
    await fetch(`${base}/plannen/p`);
    await settle();
    cache.clear();
    const after = await fetch(`${base}/plannen/p`);
    expect(await after.text()).toContain('render 2');
  });
});
