import { mkdtempSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { trackedChangesBijlage } from '../../support/broken-bijlagen';
import { saveScreenshot } from '../screenshot';
import { BIJLAGE_ROWS, buildImportBijlage, createImportPlan, IMPORT_PLAN, PLAN_ACTIONS } from './bijlage-import-data';
import { ACCOUNTS, signedInPage, usesThrowawayDatabase, withDatabase } from './support';

test.skip(!usesThrowawayDatabase, 'Importeert in de database: alleen met de wegwerpdatabase van npm test.');

const NEW_ROUND = 'Voortgang voorjaar 2027';
const counts = (page: Page, name: string) => page.getByRole('group', { name }).getByRole('definition');
const row = (page: Page, title: string) => page.getByRole('article', { name: title, exact: true });

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function screenshots(page: Page, name: string) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await saveScreenshot(page, name);
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await saveScreenshot(page, `${name}-360px`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Sends the headers of an 11 MB multipart upload and no body; resolves with the whole answer. */
function announceLargeUpload(target: URL): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(target.port), target.hostname, () =>
      socket.write(
        `POST ${target.pathname} HTTP/1.1\r\nHost: ${target.host}\r\nContent-Type: multipart/form-data; boundary=grens\r\nContent-Length: ${11 * 1024 * 1024}\r\n\r\n`,
      ),
    );
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.on('error', reject);
  });
}

async function bijlageFile(): Promise<string> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'bijlage-')), 'Bijlage voortgang voorjaar 2027.docx');
  writeFileSync(file, await buildImportBijlage());
  return file;
}

test('a ministry editor imports a bijlage, changes one match, and the public plan shows the round once published', async ({ browser }) => {
  const { slug, planId } = await createImportPlan();
  const ministry = await signedInPage(browser, ACCOUNTS.ministry);

  await test.step('uploads the bijlage for a new round from the plan page', async () => {
    await ministry.goto(`/beheer/plannen/${planId}`);
    await ministry.getByRole('link', { name: /^Bijlage importeren \(Word\)/ }).click();
    await expect(ministry.getByRole('heading', { level: 1, name: 'Bijlage importeren' })).toBeVisible();
    await expect(ministry.getByText('Voor dit plan is nog niets geüpload.')).toBeVisible();
    await screenshots(ministry, 'bijlage-upload');
    const form = ministry.getByRole('form', { name: 'Bijlage uploaden' });
    await form.getByLabel('Word-bestand (.docx)').setInputFiles(await bijlageFile());
    await form.getByLabel('Titel van de ronde').fill(NEW_ROUND);
    await form.getByLabel('Datum van de rapportage').fill('2027-03-01');
    await form.getByRole('button', { name: 'Uploaden en voorbeeld bekijken' }).click();
    await expect(ministry.getByRole('heading', { level: 1, name: 'Bijlage voortgang voorjaar 2027.docx' })).toBeVisible();
  });

  await test.step('sees an exact, a fuzzy and a new match, and nothing written yet', async () => {
    await expect(ministry.getByText('Dit is een voorbeeld: er is nog niets opgeslagen.')).toBeVisible();
    await expect(row(ministry, BIJLAGE_ROWS.campaign.title)).toContainText('Voorstel: exact');
    await expect(row(ministry, BIJLAGE_ROWS.campaign.title)).toContainText('afgerond');
    const footnotes = row(ministry, BIJLAGE_ROWS.campaign.title).getByRole('list', { name: 'Voetnoten' });
    await expect(footnotes.getByRole('link', { name: 'Kamerstuk 31 839, nr. 580' })).toHaveAttribute('href', 'https://zoek.officielebekendmakingen.nl/kst-31839-580.html');
    await expect(row(ministry, BIJLAGE_ROWS.network.title)).toContainText(new RegExp(`Voorstel: lijkt op ‘${PLAN_ACTIONS.network.title}’ \\(\\d+%\\)`));
    await expect(row(ministry, BIJLAGE_ROWS.platform.title)).toContainText('Voorstel: nieuw');
    const diff = row(ministry, BIJLAGE_ROWS.training.title);
    await expect(diff.locator('del')).not.toHaveCount(0);
    await expect(diff.locator('ins')).not.toHaveCount(0);
    await expect(diff).toContainText('Vergeleken met Voortgang najaar 2026.');
    await expect(counts(ministry, 'Wat importeren doet')).toHaveText(['1', '3', '0', '0', '0']);
    await expectAccessible(ministry);
    await screenshots(ministry, 'bijlage-preview');
  });

  await test.step('makes the fuzzy row a new action and updates the preview', async () => {
    await row(ministry, BIJLAGE_ROWS.network.title).getByLabel('Koppeling van deze rij').selectOption({ label: 'Nieuwe actie' });
    await ministry.getByRole('button', { name: 'Voorbeeld bijwerken' }).click();
    await expect(ministry).toHaveURL(/\?keuze=\d+:nieuw/);
    await expect(row(ministry, BIJLAGE_ROWS.network.title)).toContainText('Wordt een nieuwe actie');
    await expect(counts(ministry, 'Wat importeren doet')).toHaveText(['2', '2', '0', '0', '0']);
  });

  await test.step('imports, closing the round, and sees what it did', async () => {
    await ministry.getByLabel(/Deze rapportage is al verstuurd: sluit de ronde/).check();
    await ministry.getByRole('button', { name: 'Importeren', exact: true }).click();
    await expect(ministry.getByRole('status').filter({ hasText: 'De bijlage is geïmporteerd' })).toBeVisible();
    await expect(counts(ministry, 'Wat de import deed')).toHaveText(['2', '2', '0', '0', '0']);
    await screenshots(ministry, 'bijlage-imported');
    await ministry.getByRole('link', { name: `Naar de ronde ‘${NEW_ROUND}’` }).click();
    await expect(ministry.getByRole('heading', { level: 1, name: NEW_ROUND })).toBeVisible();
  });

  await test.step('publishes the round', async () => {
    const step = ministry.getByRole('region', { name: /Volgende stap: publiceren/ });
    // Imported entries are not marked ready for review, and "doorlopend" names no date: both accepted.
    const accept = step.getByRole('checkbox', { name: /^Ik accepteer/ });
    await expect(accept).toHaveCount(2);
    for (const category of await accept.all()) {
      await category.check();
      await expect(category).toBeChecked();
    }
    await step.getByLabel(/Ik heb de rapportage gecontroleerd/).check();
    await step.getByRole('button', { name: 'Publiceren' }).click();
    await expect(ministry.getByText('Deze ronde is gepubliceerd en voor iedereen te lezen')).toBeVisible();
  });

  await test.step('a reader sees the imported texts on the public plan page', async () => {
    const reader = await (await browser.newContext()).newPage();
    await reader.goto(`/plannen/${slug}`);
    await expect(reader.getByRole('heading', { level: 1, name: IMPORT_PLAN })).toBeVisible();
    await expect(reader.getByRole('navigation', { name: 'Rapportages' }).getByRole('link', { name: new RegExp(NEW_ROUND) })).toHaveAttribute('aria-current', 'page');
    for (const imported of Object.values(BIJLAGE_ROWS)) await expect(reader.getByText(imported.result)).toBeVisible();
    await expect(reader.getByText(BIJLAGE_ROWS.network.title)).not.toHaveCount(0);
  });
});

test('the upload refuses what it cannot read, in Dutch, and stores nothing', async ({ browser, baseURL }) => {
  const { planId } = await createImportPlan();
  const ministry = await signedInPage(browser, ACCOUNTS.ministry);
  const partner = await signedInPage(browser, ACCOUNTS.jn);
  const url = `/beheer/plannen/${planId}/importeren/upload`;
  const stored = () => withDatabase(async (client) => Number((await client.query('SELECT count(*) FROM import_files')).rows[0].count));
  const before = await stored();
  const post = (page: Page, file: { name: string; mimeType: string; buffer: Buffer }, fields: Record<string, string> = {}) =>
    page.request.post(url, { multipart: { doel: 'nieuw', title: NEW_ROUND, date: '2027-03-01', ...fields, bestand: file }, maxRedirects: 0 });
  const docx = { name: 'bijlage.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: await buildImportBijlage() };

  const pdf = await post(ministry, { name: 'bijlage.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7 niet een Word-bestand') });
  expect(pdf.status()).toBe(400);
  expect(await pdf.text()).toContain('Dit is geen Word-bestand (.docx).');

  const renamed = await post(ministry, { ...docx, buffer: Buffer.from('%PDF-1.7 met de naam van een Word-bestand') });
  expect(renamed.status()).toBe(400);
  expect(await renamed.text()).toContain('Dit is geen Word-bestand (.docx).');

  // Over the limit, the server answers before it reads the body: a raw request that announces 11 MB.
  const large = await announceLargeUpload(new URL(url, baseURL));
  expect(large).toMatch(/^HTTP\/1\.1 413 /);
  expect(large).toContain('Dit bestand is te groot (meer dan 10 MB); er is niets ingelezen.');

  const tracked = await post(ministry, { ...docx, buffer: await trackedChangesBijlage() });
  expect(tracked.status()).toBe(400);
  expect(await tracked.text()).toContain('Dit document bevat bijgehouden wijzigingen. Accepteer of weiger ze eerst in Word');

  const badDate = await post(ministry, docx, { date: '2027-02-30' });
  expect(badDate.status()).toBe(400);
  expect(await badDate.text()).toContain('Vul een geldige datum in.');

  const fromPartner = await post(partner, docx);
  expect(fromPartner.status()).toBe(404);
  expect(await fromPartner.text()).toContain('Niet gevonden, of u heeft er geen toegang toe.');

  const signedOut = await (await browser.newContext()).request.post(url, { multipart: { doel: 'nieuw', bestand: docx }, maxRedirects: 0 });
  expect(signedOut.status()).toBe(303);
  expect(signedOut.headers().location).toMatch(/^\/inloggen\?terug=/);

  for (const method of ['GET', 'HEAD'] as const) {
    const response = await ministry.request.fetch(url, { method, maxRedirects: 0 });
    expect(response.status()).toBe(303);
    expect(response.headers().location).toBe(`/beheer/plannen/${planId}/importeren`);
  }
  expect(await stored()).toBe(before);

  await partner.goto(`/beheer/plannen/${planId}/importeren`);
  await expect(partner.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeVisible();
});
