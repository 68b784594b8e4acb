import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseUrl, db } from '../support/database-fixture';
import { createOrganisation, createReportedAction } from '../support/editing-factories';
import { snapshotTables } from '../support/snapshot-tables';
import { ensureProductionBuild, serverActionId, startProductionServer, type RunningServer } from '../support/production-server';
import { securityHeaders } from '@/lib/http/security-headers';

/**
 * What the production server (lib/server/serve.ts in front of the real build) answers over HTTP:
 * HEAD, malformed addresses, methods, and server actions Next itself would answer with a 500.
 */
const PORT = Number(process.env.SERVER_TEST_PORT ?? 3210);
let server: RunningServer;
let slug: string;

beforeAll(async () => {
  ensureProductionBuild();
  const organisation = await createOrganisation(db);
  ({ plan: { slug } } = await createReportedAction(db, { organisationIds: [organisation.id], state: 'CLOSED' }));
  server = await startProductionServer({ databaseUrl, port: PORT });
}, 900_000);
afterAll(async () => server?.stop());

/** One representation for both GET and HEAD (fetch would otherwise ask for gzip and unpack it). */
const IDENTITY = { 'accept-encoding': 'identity' };
const get = (path: string, init: RequestInit = {}) => fetch(server.url + path, { redirect: 'manual', ...init });

function expectSecurityHeaders(response: Response) {
  for (const { key, value } of securityHeaders(false)) expect(response.headers.get(key), key).toBe(value);
}

describe('HEAD', () => {
  it('on a cold page answers the headers and leaves the page whole for the next GET', async () => {
    const path = `/plannen/${slug}`;
    const head = await get(path, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    for (let i = 0; i < 3; i++) {
      const page = await get(path, { headers: IDENTITY });
      const body = await page.text();
      expect(page.status).toBe(200);
      expect(body).toContain('Vorige ronde');
      expect(Number(page.headers.get('content-length') ?? body.length)).toBe(Buffer.byteLength(body));
    }
  });

  it('gives the headers of a GET and no body, on every kind of route', async () => {
    for (const path of [`/plannen/${slug}/rondes/vorige`, `/api/public/plans/${slug}`, `/plannen/${slug}/export/csv`, '/api/public/plans']) {
      const whole = await get(path, { headers: IDENTITY });
      const body = Buffer.from(await whole.arrayBuffer());
      const head = await get(path, { method: 'HEAD', headers: IDENTITY });
      expect(head.status, path).toBe(whole.status);
      expect(head.headers.get('content-type'), path).toBe(whole.headers.get('content-type'));
      expect(await head.text(), path).toBe('');
      const length = head.headers.get('content-length');
      if (length !== null) expect(Number(length), path).toBe(body.length);
      expect((await get(path)).status, path).toBe(200);
    }
  });
});

describe('a path whose %-encoding is not UTF-8', () => {
  it.each(['/api/public/plans/%ff', '/plannen/%ff', '/organisaties/%ff', '/plannen/x/export/%ff', '/plannen/%ff/acties/1'])(
    '%s is a 400 with a Dutch message and every security header',
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(400);
      expectSecurityHeaders(response);
      if (path.startsWith('/api/')) {
        expect(await response.json()).toEqual({ error: 'Dit adres bevat een ongeldige %-codering en bestaat niet.' });
      } else {
        expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
        expect(await response.text()).toContain('Dit adres bevat een ongeldige %-codering en bestaat niet.');
      }
    },
  );
});

describe('methods', () => {
  it.each(['POST', 'PUT', 'DELETE', 'PATCH'])('%s on the public API is a 405 with Allow: GET, HEAD', async (method) => {
    for (const path of ['/api/public/plans', `/api/public/plans/${slug}`]) {
      const response = await get(path, { method });
      expect(response.status, path).toBe(405);
      expect(response.headers.get('allow'), path).toBe('GET, HEAD');
      expect(await response.json()).toEqual({ error: 'Dit adres kan alleen gelezen worden (GET, HEAD).' });
    }
  });

  it('OPTIONS answers 204 with the methods of the address', async () => {
    const page = await get(`/plannen/${slug}`, { method: 'OPTIONS' });
    expect(page.status).toBe(204);
    expect(page.headers.get('allow')).toBe('GET, HEAD, POST');
    const api = await get(`/api/public/plans/${slug}`, { method: 'OPTIONS' });
    expect(api.status).toBe(204);
    expect(api.headers.get('allow')).toBe('GET, HEAD');
  });
});

describe("the server's own revalidation route", () => {
  it('is a 404 for anyone without the token of that process', async () => {
    const attempts: Record<string, string>[] = [{}, { 'x-revalidation-token': 'geraden' }];
    for (const headers of attempts) {
      const response = await get('/api/internal/revalidate', { method: 'POST', headers, body: '{}' });
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: 'Deze pagina bestaat niet.' });
    }
  });
});

describe('server actions Next would answer with a 500', () => {
  const action = () => serverActionId('app/_form-handlers/rounds.ts', 'handleCreateRound');
  const post = (headers: Record<string, string>, body: string) =>
    get('/beheer', { method: 'POST', headers: { 'next-action': action(), ...headers }, body });

  async function expectRefused(response: Response, status: number, message: string, before: unknown) {
    expect(response.status).toBe(status);
    expectSecurityHeaders(response);
    expect(await response.text()).toContain(message);
    expect(await snapshotTables(db)).toEqual(before);
  }

  it('from another site: 403, nothing changes', async () => {
    const before = await snapshotTables(db);
    const response = await post({ origin: 'https://elders.example', 'content-type': 'text/plain;charset=UTF-8' }, '["$K1"]');
    await expectRefused(response, 403, 'Dit formulier is niet vanaf deze website verstuurd; er is niets gewijzigd.', before);
  });

  it('with a body over 1 MB: 413, nothing changes', async () => {
    const before = await snapshotTables(db);
    const boundary = 'grens';
    const body = `--${boundary}\r\nContent-Disposition: form-data; name="0"\r\n\r\n["${'x'.repeat(1_100_000)}"]\r\n--${boundary}--\r\n`;
    const response = await post({ origin: server.url, 'content-type': `multipart/form-data; boundary=${boundary}` }, body);
    await expectRefused(response, 413, 'Dit formulier is te groot (meer dan 1 MB); er is niets gewijzigd.', before);
  });

  const multipart = (root: string) => `--grens\r\nContent-Disposition: form-data; name="0"\r\n\r\n${root}\r\n--grens--\r\n`;
  it.each([
    ['text/plain;charset=UTF-8', '["$K1", {'],
    ['multipart/form-data; boundary=grens', multipart('[1,')],
    // Well-formed, but not what a form handler takes: Next failed on each of these with a 500.
    ['text/plain;charset=UTF-8', '["$K1"]'],
    ['text/plain;charset=UTF-8', '[{}, "$K1"]'],
    ['multipart/form-data; boundary=grens', multipart('[1, 2]')],
    ['multipart/form-data; boundary=grens', multipart('[null, {"a": 1}]')],
    ['multipart/form-data; boundary=grens', multipart('"x"')],
  ])('with arguments that are not an encoded reply (%s): 400, nothing changes', async (contentType, body) => {
    const before = await snapshotTables(db);
    const response = await post({ origin: server.url, 'content-type': contentType }, body);
    await expectRefused(response, 400, 'De gegevens van dit formulier zijn onleesbaar; er is niets gewijzigd.', before);
  });
});
