import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { saveScreenshot } from './screenshot';

const PLAN = '/plannen/actieplan-pleegzorg';
const SCREENSHOTS = path.join(__dirname, '..', 'screenshots');

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Renders the first pages of a PDF to PNG for people to look at, where poppler's pdftoppm is installed. */
function pdfToPngs(pdf: Buffer, name: string) {
  if (!existsSync('/usr/bin/pdftoppm')) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.pdf`);
  writeFileSync(file, pdf);
  execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '3', file, path.join(SCREENSHOTS, name)]);
}

test('the print view reproduces the bijlage and prints to a clean A4 PDF', async ({ page }) => {
  await page.goto(`${PLAN}/afdrukken?ronde=voortgang-2019-voorjaar`);
  const bijlage = page.getByRole('article');
  await expect(bijlage).toHaveAttribute('lang', 'nl');
  await expect(bijlage.getByRole('heading', { level: 1 })).toHaveText('Actieplan Pleegzorg 2017-2018');
  await expect(bijlage).toContainText('Bijlage: Voortgang begin 2019');
  await expect(bijlage.getByRole('heading', { level: 2 })).toHaveCount(4);

  const lineOne = bijlage.getByRole('table', { name: /Actielijn 1:/ });
  await expect(lineOne.getByRole('columnheader')).toHaveText(['Actie', 'Resultaat / stand van zaken', 'Wanneer']);
  const matching = lineOne.getByRole('row', { name: /Handboek matching/ });
  await expect(matching.getByRole('cell').last()).toHaveText(/^✓\s*afgerond: 2017 gepubliceerd$/);
  await expect(lineOne.getByRole('row', { name: /Actieonderzoek naar breakdown/ })).not.toContainText('✓');
  await saveScreenshot(page, 'print-view');
  await expectNoAxeViolations(page);

  // On paper only the bijlage remains: no site header, footer or navigation.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(bijlage).toBeVisible();

  const pdf = await page.pdf({ preferCSSPageSize: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(10_000);
  pdfToPngs(pdf, 'print-view-pdf');
});

test('on a 360 px phone the print view’s tables scroll sideways, the page does not', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`${PLAN}/afdrukken`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const region = page.getByRole('region', { name: /^Acties van A1:/ });
  await region.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'print-view-360px', { fullPage: false });
});

test('the print view of an unknown round is a 404 page', async ({ page }) => {
  const response = await page.goto(`${PLAN}/afdrukken?ronde=bestaat-niet`);
  expect(response?.status()).toBe(404);
});

test('the charts page shows both charts, each with its numbers as a table', async ({ page }) => {
  await page.goto(PLAN);
  await page.getByRole('navigation', { name: 'Weergaven' }).getByRole('link', { name: 'Grafieken' }).click();
  await expect(page.getByRole('link', { name: 'Grafieken', exact: true })).toHaveAttribute('aria-current', 'page');

  const byLine = page.getByRole('figure', { name: /per actielijn, Voortgang eind 2019/ });
  const overRounds = page.getByRole('figure', { name: /per rapportage/ });
  await expect(byLine).toBeVisible();
  await expect(overRounds).toBeVisible();
  await expect(byLine.getByRole('listitem').filter({ hasText: /^C2:/ })).toContainText('7 acties: 1 nog niet gestart, 4 loopt, 2 afgerond');

  await byLine.getByText('Toon de cijfers als tabel').click();
  const lineTable = byLine.getByRole('table', { name: /per actielijn/ });
  await expect(lineTable.getByRole('row', { name: /^C2:/ }).getByRole('cell')).toHaveText(['1', '4', '0', '2', '0', '7']);

  await overRounds.getByText('Toon de cijfers als tabel').click();
  const roundTable = overRounds.getByRole('table', { name: /per rapportage/ });
  await expect(roundTable.getByRole('rowheader')).toHaveText([/^Actieplan Pleegzorg/, /^Voortgang begin 2019/, /^Voortgang eind 2019/]);
  await expect(roundTable.getByRole('row', { name: /^Voortgang begin 2019/ }).getByRole('cell')).toHaveText(['1', '8', '0', '9', '0', '18']);
  await saveScreenshot(page, 'charts');
  await expectNoAxeViolations(page);
});

test('the charts fit a 360 px wide phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`${PLAN}/grafieken?ronde=voortgang-2019-voorjaar`);
  await expect(page.getByRole('figure', { name: /Voortgang begin 2019/ })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await saveScreenshot(page, 'charts-360px');
});
