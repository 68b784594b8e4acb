import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConceptRound } from '../support/concept-round';
import { databaseUrl, db } from '../support/database-fixture';
import { createUser } from '../support/editing-factories';
import { ensureProductionBuild, startProductionServer, type RunningServer } from '../support/production-server';
import { signInOverHttp } from '../support/sign-in-over-http';
import { snapshotTables } from '../support/snapshot-tables';

/**
 * A round's concept over HTTP, through the production server and its page cache: who gets it, its
 * headers, and that no cache ever hands it to someone else.
 */
const PORT = Number(process.env.SERVER_TEST_PORT ?? 3210) + 3;
const PASSWORD = 'concept-wachtwoord-voor-de-test';
let server: RunningServer;
let ministry: string;
let partner: string;
let open: Awaited<ReturnType<typeof createConceptRound>>;

beforeAll(async () => {
  ensureProductionBuild();
  open = await createConceptRound(db, 'OPEN');
  const ministryUser = await createUser(db, { role: 'MINISTRY_EDITOR', password: PASSWORD });
  const partnerUser = await createUser(db, { role: 'PARTNER_EDITOR', organisationId: open.lead.id, password: PASSWORD });
  server = await startProductionServer({ databaseUrl, port: PORT });
  ministry = await signInOverHttp(server.url, ministryUser.email, PASSWORD);
  partner = await signInOverHttp(server.url, partnerUser.email, PASSWORD);
}, 900_000);
afterAll(async () => server?.stop());

const get = (path: string, cookie?: string) =>
  fetch(server.url + path, { redirect: 'manual', headers: { 'accept-encoding': 'identity', ...(cookie && { cookie }) } });
const concept = (file: string, query = '') => `/beheer/rondes/${open.round.id}/concept/${file}${query}`;
const STAMP = /CONCEPT-\d{4}-\d{2}-\d{2}-\d{4}/;
const LABEL = /CONCEPT — niet openbaar — stand \d{1,2} [a-z]+ \d{4}, \d{2}:\d{2}/;

function expectPrivate(response: Response) {
  expect(response.headers.get('cache-control')).toMatch(/private/);
  expect(response.headers.get('cache-control')).toMatch(/no-store/);
  expect(response.headers.get('x-robots-tag')).toBe('noindex');
  expect(response.headers.get('x-page-cache')).toBeNull();
}

describe('the ministry', () => {
  it('downloads the concept Word bijlage, marked in every header, with the chosen columns', async () => {
    const response = await get(concept('bijlage.docx', '?kolom=verantwoordelijk&kolom=status'), ministry);
    expect(response.status).toBe(200);
    expectPrivate(response);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const disposition = response.headers.get('content-disposition')!;
    expect(disposition).toMatch(new RegExp(`^attachment; filename="${open.plan.slug}-deze-${STAMP.source}\\.docx"$`));
    const zip = await JSZip.loadAsync(await response.arrayBuffer());
    const headers = Object.keys(zip.files).filter((name) => /^word\/header\d*\.xml$/.test(name));
    expect(headers.length).toBeGreaterThan(0);
    for (const name of headers) expect(await zip.file(name)!.async('string')).toMatch(LABEL);
    const document = (await zip.file('word/document.xml')!.async('string')).replaceAll('\u00AD', '');
    for (const text of ['Verantwoordelijk', 'Status', 'vertraagd', 'Nieuwe stand van zaken', 'Lijn met nieuwe titel']) expect(document).toContain(text);
  });

  it('gets CSV and JSON marked as concept, and the print view', async () => {
    const csv = await get(concept('export.csv'), ministry);
    expect(csv.status).toBe(200);
    expectPrivate(csv);
    expect(csv.headers.get('content-disposition')).toMatch(STAMP);
    expect((await csv.text()).split('\r\n')[1]).toMatch(new RegExp(`^${LABEL.source};`));
    const json = await get(concept('export.json'), ministry);
    expectPrivate(json);
    expect(((await json.json()) as { concept: { public: boolean } }).concept.public).toBe(false);
    const print = await get(concept('afdrukken'), ministry);
    expect(print.status).toBe(200);
    expectPrivate(print);
    const html = await print.text();
    expect(html).toMatch(LABEL);
    expect(html).toContain('Nieuwe stand van zaken');
  });

  it('gets a Dutch 400 for an unknown column', async () => {
    const response = await get(concept('bijlage.docx', '?kolom=resultaat'), ministry);
    expect(response.status).toBe(400);
    expectPrivate(response);
    expect(await response.text()).toBe('Onbekende kolom: kies verantwoordelijk en/of status.\n');
  });

  it('is sent to the public bijlage once the round is published', async () => {
    const published = await createConceptRound(db, 'PUBLISHED');
    const word = await get(`/beheer/rondes/${published.round.id}/concept/bijlage.docx?kolom=status`, ministry);
    expect(word.status).toBe(303);
    expect(word.headers.get('location')).toBe(`/plannen/${published.plan.slug}/export/docx?ronde=deze&kolom=status`);
    const print = await get(`/beheer/rondes/${published.round.id}/concept/afdrukken`, ministry);
    expect([303, 307]).toContain(print.status);
    expect(print.headers.get('location')).toBe(`/plannen/${published.plan.slug}/afdrukken?ronde=deze`);
  });
});

describe('anyone else', () => {
  it('a partner editor gets "not found", for the files and the print view, and nothing changes', async () => {
    const before = await snapshotTables(db);
    for (const file of ['bijlage.docx', 'export.csv', 'afdrukken']) {
      const response = await get(concept(file), partner);
      expect(response.status, file).toBe(404);
      expect(response.headers.get('cache-control'), file).toMatch(/no-store/);
      const body = await response.text();
      expect(body, file).not.toContain('Nieuwe stand van zaken');
      if (file !== 'afdrukken') expect(body).toBe('Niet gevonden, of u heeft er geen toegang toe.\n');
    }
    const json = await get(concept('export.json'), partner);
    expect(json.status).toBe(404);
    expect(await json.json()).toEqual({ error: 'Niet gevonden, of u heeft er geen toegang toe.' });
    expect(await snapshotTables(db)).toEqual(before);
  });

  it('signed out is sent to the sign-in page: back to the file, or (as every management page) to /beheer', async () => {
    const file = await get(concept('bijlage.docx', '?kolom=status'));
    expect(file.status).toBe(303);
    expect(file.headers.get('location')).toBe(`/inloggen?terug=${encodeURIComponent(concept('bijlage.docx', '?kolom=status'))}`);
    expect(await file.text()).toBe('');
    const page = await get(concept('afdrukken'));
    expect(page.status).toBe(307);
    expect(page.headers.get('location')).toBe('/inloggen?terug=%2Fbeheer');
  });
});

describe('the page cache', () => {
  it('never hands a concept the ministry fetched to a reader', async () => {
    for (const file of ['bijlage.docx', 'export.csv', 'export.json', 'afdrukken']) {
      for (let i = 0; i < 2; i++) expect((await get(concept(file), ministry)).status, file).toBe(200);
      const anonymous = await get(concept(file));
      expect([303, 307], file).toContain(anonymous.status);
      expect(anonymous.headers.get('x-page-cache'), file).toBeNull();
      expect(await anonymous.text(), file).not.toMatch(/CONCEPT|Nieuwe stand van zaken/);
    }
  });

  it('stores the public plan page but never a public Word bijlage, with or without columns', async () => {
    let page = await get(`/plannen/${open.plan.slug}`);
    while (page.headers.get('x-page-cache') !== 'HIT') {
      await page.arrayBuffer();
      page = await get(`/plannen/${open.plan.slug}`);
    }
    expect(await page.text()).not.toContain('Nieuwe stand van zaken');
    for (const query of ['?ronde=vorige', '?ronde=vorige&kolom=status']) {
      for (let i = 0; i < 2; i++) {
        const word = await get(`/plannen/${open.plan.slug}/export/docx${query}`);
        expect(word.status, query).toBe(200);
        expect(word.headers.get('x-page-cache'), query).toBeNull();
        expect(word.headers.get('content-disposition'), query).toBe(`attachment; filename="${open.plan.slug}-vorige.docx"`);
        const document = await (await JSZip.loadAsync(await word.arrayBuffer())).file('word/document.xml')!.async('string');
        expect(document, query).not.toContain('CONCEPT');
        expect(document.includes('>Status<'), query).toBe(query.includes('kolom=status'));
      }
    }
  });
});
