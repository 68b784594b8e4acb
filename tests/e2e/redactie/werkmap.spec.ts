import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { saveScreenshot } from '../screenshot';
import { createWorkbookScene, newestVersion } from './werkmap-data';
import { ACCOUNTS, signedInPage, usesThrowawayDatabase } from './support';

/**
 * A partner works in Excel: downloads the round's workbook from the workspace, fills in two rows
 * (status, result, planning), uploads it, sees the two changes word by word, saves, and the
 * workspace and the database hold the new texts. Without JavaScript the same forms work.
 */
const FIRST = { status: 'afgerond', result: 'Eerste gesprekken met gemeenten gevoerd. Twintig nieuwe pleeggezinnen geworven.', planning: 'Afgerond in 2026' };
const SECOND = { status: 'vertraagd', result: 'Gesprekken met gemeenten uitgesteld tot na de verkiezingen.', planning: 'Najaar 2027' };

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** The page at 1280 and 360 px (no sideways scroll there), whole; then back to desktop width. */
async function screenshots(page: Page, name: string, focus: Locator) {
  await focus.scrollIntoViewIfNeeded();
  await saveScreenshot(page, name, { fullPage: false });
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await focus.scrollIntoViewIfNeeded();
  await saveScreenshot(page, `${name}-360px`, { fullPage: false });
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Fills the row of `title` on the Acties sheet by the columns' headers, as a partner in Excel would. */
function fillRow(sheet: ExcelJS.Worksheet, title: string, values: typeof FIRST) {
  const headers = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, column) => headers.set(String(cell.value), column));
  const column = (header: string) => {
    const found = headers.get(header);
    if (!found) throw new Error(`geen kolom ${header}`);
    return found;
  };
  let filled = false;
  sheet.eachRow((row, number) => {
    if (number === 1 || String(row.getCell(column('Actie')).value) !== title) return;
    row.getCell(column('Status')).value = values.status;
    row.getCell(column('Resultaat / stand van zaken')).value = values.result;
    row.getCell(column('Planning')).value = values.planning;
    filled = true;
  });
  if (!filled) throw new Error(`geen rij voor ${title}`);
}

test('a partner downloads, fills in and uploads their workbook, and saves two changes', async ({ browser }, testInfo) => {
  test.skip(!usesThrowawayDatabase, 'maakt een plan en ronde aan: alleen op de wegwerpdatabase van `npm test`');
  test.setTimeout(180_000);
  const scene = await createWorkbookScene();
  const [first, second, untouched] = scene.actions;
  const partner = await signedInPage(browser, ACCOUNTS.jn);
  await partner.goto('/werkruimte');
  const round = partner.getByRole('region', { name: scene.roundTitle });
  const excel = round.getByRole('region', { name: 'Werken in Excel' });

  const workbookPath = testInfo.outputPath('werkmap.xlsx');
  await test.step('the workspace offers the workbook of the open round; it holds the partner’s three actions', async () => {
    await expect(excel).toContainText('pas na ‘Opslaan’ worden de teksten bewaard');
    await screenshots(partner, 'werkmap-werkruimte', excel);
    const [download] = await Promise.all([partner.waitForEvent('download'), excel.getByRole('link', { name: 'Download als Excel-werkmap' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path())!);
    const sheet = workbook.getWorksheet('Acties')!;
    const titles: string[] = [];
    sheet.eachRow((row, number) => {
      if (number > 1) titles.push(String(row.getCell(4).value));
    });
    expect(titles.sort()).toEqual(scene.actions.map((action) => action.title).sort());
    fillRow(sheet, first!.title, FIRST);
    fillRow(sheet, second!.title, SECOND);
    await workbook.xlsx.writeFile(workbookPath);
  });

  await test.step('uploading shows the two changes word by word, before anything is saved', async () => {
    await excel.getByLabel('Werkmap (.xlsx of .csv)').setInputFiles(workbookPath);
    await excel.getByRole('button', { name: 'Uploaden en bekijken' }).click();
    await expect(partner.getByRole('heading', { level: 1, name: 'Werkmap bekijken' })).toBeVisible();
    await expect(partner).toHaveURL(/\/werkruimte\/werkmap\/\d+$/);
    const counts = partner.getByRole('region', { name: '3 rijen in de werkmap' });
    await expect(counts).toContainText('2 wordt opgeslagen');
    await expect(counts).toContainText('1 ongewijzigd');
    await expect(counts).toContainText('0 conflict');
    const changes = partner.getByRole('region', { name: 'Wat de werkmap verandert' });
    await expect(changes.getByRole('article')).toHaveCount(2);
    const firstCard = changes.getByRole('article', { name: first!.title });
    await expect(firstCard.locator('ins').first()).toContainText('Twintig nieuwe pleeggezinnen geworven.');
    await expect(firstCard.locator('ins').last()).toContainText('Afgerond in 2026');
    await expect(firstCard).toContainText(/loopt\s*→\s*wordt\s*✓\s*afgerond/);
    const secondCard = changes.getByRole('article', { name: second!.title });
    await expect(secondCard.locator('del', { hasText: 'Eerste' }).first()).toBeVisible();
    await expect(secondCard.locator('ins', { hasText: 'uitgesteld' }).first()).toBeVisible();
    expect((await newestVersion(first!.entryId)).version).toBe(1);
    await expectNoAxeViolations(partner);
    await screenshots(partner, 'werkmap-voorbeeld', changes);
  });

  await test.step('saving stores both rows as new versions; the workspace shows the new texts', async () => {
    await partner.getByRole('button', { name: 'Opslaan (2 acties)' }).click();
    await expect(partner.getByRole('status').filter({ hasText: '2 acties zijn opgeslagen' })).toContainText('1 ongewijzigd');
    await expect(partner.getByRole('button', { name: /^Opslaan/ })).toHaveCount(0);
    await saveScreenshot(partner, 'werkmap-opgeslagen', { fullPage: false });
    expect(await newestVersion(first!.entryId)).toMatchObject({ version: 2, status: 'COMPLETED', result: FIRST.result, planning: FIRST.planning, email: ACCOUNTS.jn.email });
    expect(await newestVersion(second!.entryId)).toMatchObject({ version: 2, status: 'DELAYED', result: SECOND.result, planning: SECOND.planning });
    expect((await newestVersion(untouched!.entryId)).version).toBe(1);

    await partner.getByRole('link', { name: 'Terug naar de werkruimte' }).click();
    const card = round.getByRole('article', { name: first!.title });
    await expect(card.getByRole('textbox', { name: 'Resultaat / stand van zaken' })).toHaveValue(FIRST.result);
    await expect(round.getByRole('article', { name: second!.title }).getByRole('textbox', { name: 'Resultaat / stand van zaken' })).toHaveValue(SECOND.result);
  });
});
