import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseUrl, db } from '../support/database-fixture';
import { createOrganisation, createReportedAction, createUser } from '../support/editing-factories';
import { ensureProductionBuild, startProductionServer, type RunningServer } from '../support/production-server';
import { postChunked, postDeclared } from '../support/raw-upload';
import { signInOverHttp } from '../support/sign-in-over-http';
import { snapshotTables } from '../support/snapshot-tables';
import { IMPORT_LIMITS } from '@/lib/import/import-limits';
import { UNKNOWN_ORGANISATION } from '@/lib/import/workbook/workbook-download';
import { SIGN_IN_FOR_WORKBOOK } from '@/lib/import/workbook/workbook-http';
import { UPLOAD_REFUSALS } from '@/lib/import/workbook/workbook-upload';

/**
 * The workbook's addresses over HTTP, through the production server: who downloads which rows,
 * HEAD, the refusals (signed out, wrong role, unknown organisation) and uploads that are too large
 * or no workbook at all, which store nothing.
 */
const PORT = Number(process.env.SERVER_TEST_PORT ?? 3210) + 9;
const PASSWORD = 'werkmap-wachtwoord-voor-de-test';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
let server: RunningServer;
let ministry: string;
let partner: string;
let other: string;
let scene: Awaited<ReturnType<typeof createReportedAction>>;
let theirs: Awaited<ReturnType<typeof createReportedAction>>;
let organisationB: { id: number; abbreviation: string };

beforeAll(async () => {
  ensureProductionBuild();
  const organisationA = await createOrganisation(db);
  organisationB = await createOrganisation(db);
  scene = await createReportedAction(db, { organisationIds: [organisationA.id], state: 'OPEN' });
  // The same round also holds an action of B: A's workbook must leave it out.
  const actionB = await db.action.create({ data: { planId: scene.plan.id, lineId: scene.line.id, key: 'a2', title: 'Actie van B' } });
  await db.actionResponsibility.create({ data: { actionId: actionB.id, organisationId: organisationB.id, position: 0 } });
  const entryB = await db.actionEntry.create({ data: { actionId: actionB.id, roundId: scene.round.id, lineId: scene.line.id, position: 1 } });
  const updateB = await db.actionUpdate.create({
    data: { entryId: entryB.id, version: 1, title: 'Actie van B', status: 'IN_PROGRESS', result: 'Tekst van B', planning: 'eind 2026' },
  });
  await db.actionEntry.update({ where: { id: entryB.id }, data: { currentUpdateId: updateB.id } });
  theirs = await createReportedAction(db, { organisationIds: [organisationB.id], state: 'OPEN' });
  const users = await Promise.all([
    createUser(db, { role: 'MINISTRY_EDITOR', password: PASSWORD }),
    createUser(db, { organisationId: organisationA.id, password: PASSWORD }),
    createUser(db, { organisationId: organisationB.id, password: PASSWORD }),
  ]);
  server = await startProductionServer({ databaseUrl, port: PORT });
  const [m, p, o] = await Promise.all(users.map((user) => signInOverHttp(server.url, user.email, PASSWORD)));
  [ministry, partner, other] = [m!, p!, o!];
}, 900_000);
afterAll(async () => server?.stop());

const request = (path: string, cookie?: string, init: RequestInit = {}) =>
  fetch(server.url + path, { redirect: 'manual', ...init, headers: { 'accept-encoding': 'identity', ...(cookie && { cookie }), ...init.headers } });
const partnerFile = (roundId: number, format: string, query = '') => `/werkruimte/rondes/${roundId}/werkmap.${format}${query}`;
const ministryFile = (format: string, query = '') => `/beheer/rondes/${scene.round.id}/werkmap.${format}${query}`;

async function actionTitles(response: Response): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  const sheet = workbook.getWorksheet('Acties')!;
  const headers: string[] = [];
  sheet.getRow(1).eachCell((cell, column) => (headers[column] = String(cell.value)));
  const titles: string[] = [];
  sheet.eachRow((row, number) => {
    if (number > 1) titles.push(String(row.getCell(headers.indexOf('Actie')).value));
  });
  return titles.sort();
}

/**
 * A POST that declares a body of `length` bytes and sends only its headers: the server answers a
 * declared size over the limit at once, without reading a byte of it (fetch would fail on the
 * socket the server closes while it is still sending).
 */
function expectPrivate(response: Response) {
  expect(response.headers.get('cache-control')).toBe('private, no-store');
  expect(response.headers.get('x-page-cache')).toBeNull();
}

describe('downloading', () => {
  it('gives a partner their own rows of the round as an .xlsx attachment, whatever ?organisatie= says', async () => {
    for (const query of ['', `?organisatie=${organisationB.abbreviation}`]) {
      const response = await request(partnerFile(scene.round.id, 'xlsx', query), partner);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(XLSX);
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="[^"]+\.xlsx"; filename\*=UTF-8''/);
      expectPrivate(response);
      expect(await actionTitles(response)).toEqual(['Een actie']);
    }
  });

  it('gives the CSV as text/csv', async () => {
    const response = await request(partnerFile(scene.round.id, 'csv'), partner);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toMatch(/\.csv"/);
    expect(await response.text()).toContain('Een actie');
  });

  it('answers HEAD with the headers of a GET and no body', async () => {
    const path = partnerFile(scene.round.id, 'xlsx');
    const whole = await request(path, partner);
    const length = (await whole.arrayBuffer()).byteLength;
    const head = await request(path, partner, { method: 'HEAD' });
    expect(head.status).toBe(200);
    for (const name of ['content-type', 'content-disposition', 'cache-control']) expect(head.headers.get(name), name).toBe(whole.headers.get(name));
    const declared = head.headers.get('content-length');
    if (declared !== null) expect(Number(declared)).toBe(length);
    expect(await head.text()).toBe('');
  });

  it('gives the ministry one organisation by its abbreviation, or all; an unknown one is a 404', async () => {
    expect(await actionTitles(await request(ministryFile('xlsx', `?organisatie=${organisationB.abbreviation.toLowerCase()}`), ministry))).toEqual(['Actie van B']);
    expect(await actionTitles(await request(ministryFile('xlsx'), ministry))).toEqual(['Actie van B', 'Een actie']);
    const unknown = await request(ministryFile('xlsx', '?organisatie=GEEN'), ministry);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toBe(`${UNKNOWN_ORGANISATION}\n`);
    const malformed = await request(ministryFile('csv', '?organisatie=%3Cscript%3E'), ministry);
    expect(malformed.status).toBe(400);
    expect(await malformed.text()).toBe(`${UNKNOWN_ORGANISATION}\n`);
  });

  it('refuses in Dutch: signed out 401, the wrong role 403, a malformed round 404', async () => {
    const signedOut = await request(partnerFile(scene.round.id, 'xlsx'));
    expect(signedOut.status).toBe(401);
    expect(await signedOut.text()).toBe(`${SIGN_IN_FOR_WORKBOOK}\n`);
    expectPrivate(signedOut);
    expect((await request(ministryFile('xlsx'))).status).toBe(401);
    const ministryAsPartner = await request(partnerFile(scene.round.id, 'xlsx'), ministry);
    expect(ministryAsPartner.status).toBe(403);
    expect(await ministryAsPartner.text()).toMatch(/^De werkmap van de werkruimte is voor redacteuren van een partnerorganisatie/);
    const partnerAsMinistry = await request(ministryFile('xlsx'), partner);
    expect(partnerAsMinistry.status).toBe(403);
    expect(await partnerAsMinistry.text()).toMatch(/^Alleen redacteuren van het ministerie/);
    expect((await request('/werkruimte/rondes/abc/werkmap.xlsx', partner)).status).toBe(404);
  });

  it('gives a partner no workbook of a round without their actions', async () => {
    const response = await request(partnerFile(theirs.round.id, 'xlsx'), partner);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('Deze ronde bestaat niet, of u heeft er geen acties in.\n');
    expect((await request(partnerFile(theirs.round.id, 'xlsx'), other)).status).toBe(200);
  });
});

describe('uploading', () => {
  const upload = (cookie: string | undefined, file: Blob, name: string) => {
    const form = new FormData();
    form.append('bestand', file, name);
    return request(`/werkruimte/rondes/${scene.round.id}/werkmap/upload`, cookie, { method: 'POST', body: form });
  };

  it('stores the downloaded workbook and sends to its preview', async () => {
    const bytes = await (await request(partnerFile(scene.round.id, 'xlsx'), partner)).arrayBuffer();
    const response = await upload(partner, new Blob([bytes], { type: XLSX }), 'werkmap.xlsx');
    expect(response.status).toBe(303);
    const location = response.headers.get('location')!;
    expect(location).toMatch(/^\/werkruimte\/werkmap\/\d+$/);
    const page = await request(location, partner);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Werkmap bekijken');
    expect(html).toContain('werkmap.xlsx');
    // Another partner may not look at it.
    expect((await request(location, other)).status).toBe(404);
  });

  it('refuses a file over the limit with a 413 in Dutch, and stores nothing', async () => {
    const before = await snapshotTables(db);
    const length = IMPORT_LIMITS.fileBytes + 128 * 1024;
    const response = await postDeclared(server.url, `/werkruimte/rondes/${scene.round.id}/werkmap/upload`, partner, 'multipart/form-data; boundary=grens', length);
    expect(response.status).toBe(413);
    expect(response.text).toContain('Dit bestand is te groot (meer dan 10 MB); er is niets ingelezen.');
    expect(await snapshotTables(db)).toEqual(before);
  });

  it('counts an upload without a declared length, and refuses one that is no form, storing nothing', async () => {
    const path = `/werkruimte/rondes/${scene.round.id}/werkmap/upload`;
    const before = await snapshotTables(db);
    const chunked = await postChunked(server.url, path, partner, 'Multipart/Form-Data; boundary=grens', IMPORT_LIMITS.fileBytes + 2 * 1024 * 1024);
    expect(chunked.status).toBe(413);
    expect(chunked.text).toContain('Dit bestand is te groot (meer dan 10 MB); er is niets ingelezen.');
    const encoded = await postChunked(server.url, path, partner, 'application/x-www-form-urlencoded', 64 * 1024);
    expect(encoded.status).toBe(415);
    expect(encoded.text).toContain('Een bestand wordt met het uploadformulier verstuurd (multipart/form-data); er is niets ingelezen.');
    expect(await snapshotTables(db)).toEqual(before);
  });

  it.each([
    ['a binary file named .xlsx', new Uint8Array([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00]), 'werkmap.xlsx', UPLOAD_REFUSALS.notWorkbook],
    ['an old .xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'werkmap.xls', UPLOAD_REFUSALS.oldExcel],
    ['text named .xlsx', new TextEncoder().encode('id;versie\n1;1\n'), 'werkmap.xlsx', UPLOAD_REFUSALS.notWorkbook],
    ['an empty file', new Uint8Array(0), 'werkmap.csv', UPLOAD_REFUSALS.noFile],
  ])('refuses %s with a 400 page in Dutch, and stores nothing', async (_name, bytes, fileName, message) => {
    const before = await snapshotTables(db);
    const response = await upload(partner, new Blob([bytes]), fileName);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toContain(message);
    expect(html).toContain('href="/werkruimte"');
    expect(await snapshotTables(db)).toEqual(before);
  });

  it('refuses an upload signed out (401) and by the wrong role (403), storing nothing', async () => {
    const before = await snapshotTables(db);
    const file = new Blob([new TextEncoder().encode('id;versie\n')]);
    expect((await upload(undefined, file, 'werkmap.csv')).status).toBe(401);
    expect((await upload(ministry, file, 'werkmap.csv')).status).toBe(403);
    expect(await snapshotTables(db)).toEqual(before);
  });
});
