import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Download } from '@playwright/test';
import JSZip from 'jszip';
import { saveScreenshot } from '../screenshot';
import { CONCEPT_PLAN, CONCEPT_ROUND, createOpenConceptRound } from './concept-data';
import { ACCOUNTS, signedInPage, usesThrowawayDatabase } from './support';

/**
 * Before publishing, the ministry downloads the concept bijlage of an open round for the letter's
 * sign-off: Word with CONCEPT and the time in every header, and a print view marked on every page.
 */
const SCREENSHOTS = path.join(__dirname, '..', '..', 'screenshots');
const LABEL = /CONCEPT — niet openbaar — stand \d{1,2} [a-z]+ \d{4}, \d{2}:\d{2}/;

async function docxOf(download: Download, name: string) {
  const file = await download.path();
  mkdirSync(SCREENSHOTS, { recursive: true });
  copyFileSync(file, path.join(SCREENSHOTS, name));
  const zip = await JSZip.loadAsync(await readFile(file));
  const headers = Object.keys(zip.files).filter((part) => /^word\/header\d*\.xml$/.test(part));
  // The header Verant\u00ADwoordelijk has a soft hyphen.
  const document = (await zip.file('word/document.xml')!.async('string')).replaceAll('\u00AD', '');
  return { zip, headers, document };
}

test('the ministry downloads the CONCEPT Word bijlage of an open round, and prints it', async ({ browser }) => {
  test.skip(!usesThrowawayDatabase, 'maakt een plan aan: alleen op de wegwerpdatabase van `npm test`');
  test.setTimeout(180_000);
  const { roundId } = await createOpenConceptRound();
  const ministry = await signedInPage(browser, ACCOUNTS.ministry);
  await ministry.goto(`/beheer/rondes/${roundId}`);
  const section = ministry.getByRole('region', { name: 'Conceptbijlage' });
  await expect(section).toBeVisible();
  await saveScreenshot(ministry, 'conceptbijlage-ronde', { fullPage: false });
  await ministry.setViewportSize({ width: 360, height: 800 });
  expect(await ministry.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await section.scrollIntoViewIfNeeded();
  await saveScreenshot(ministry, 'conceptbijlage-ronde-360px', { fullPage: false });
  await ministry.setViewportSize({ width: 1280, height: 900 });

  await test.step('Word, as the 2019 bijlagen: no extra columns', async () => {
    const [download] = await Promise.all([
      ministry.waitForEvent('download'),
      section.getByRole('button', { name: 'Conceptbijlage (Word) downloaden' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^concepttest-[0-9a-f]+-voorjaar-2027-CONCEPT-\d{4}-\d{2}-\d{2}-\d{4}\.docx$/);
    const { headers, document } = await docxOf(download, 'conceptbijlage.docx');
    expect(headers.length).toBeGreaterThan(0);
    expect(document).toContain('headerReference');
    expect(document).toMatch(LABEL);
    expect(document).toContain(CONCEPT_PLAN);
    expect(document).not.toContain('>Verantwoordelijk<');
  });

  await test.step('Word with Verantwoordelijk and Status', async () => {
    await section.getByRole('checkbox', { name: 'Verantwoordelijk' }).check();
    await section.getByRole('checkbox', { name: 'Status' }).check();
    const [download] = await Promise.all([
      ministry.waitForEvent('download'),
      section.getByRole('button', { name: 'Conceptbijlage (Word) downloaden' }).click(),
    ]);
    const { zip, headers, document } = await docxOf(download, 'conceptbijlage-kolommen.docx');
    for (const part of headers) expect(await zip.file(part)!.async('string')).toMatch(LABEL);
    expect(document).toContain('>Verantwoordelijk<');
    expect(document).toContain('>Status<');
    expect(document).toContain('>afgerond<');
  });

  await test.step('the print view: a banner on screen, CONCEPT on every printed page', async () => {
    await section.getByRole('link', { name: 'Afdrukweergave / PDF' }).click();
    const bijlage = ministry.getByRole('article');
    await expect(bijlage.getByRole('note')).toHaveText(LABEL);
    const marks = ministry.locator('head style[data-href="bijlage-concept-marks"]');
    await expect.poll(() => marks.textContent()).toMatch(new RegExp(`@top-center \\{ content: "${LABEL.source}"`));
    await expect(bijlage.getByRole('heading', { level: 1 })).toHaveText(CONCEPT_PLAN);
    await expect(bijlage.getByRole('table', { name: /^Acties van Actielijn 1:/ }).getByRole('row')).toHaveCount(13);
    await saveScreenshot(ministry, 'conceptbijlage-afdrukken');
    await ministry.setViewportSize({ width: 360, height: 800 });
    expect(await ministry.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await saveScreenshot(ministry, 'conceptbijlage-afdrukken-360px', { fullPage: false });
    await ministry.setViewportSize({ width: 1280, height: 900 });
    await ministry.emulateMedia({ media: 'print' });
    await expect(ministry.getByRole('navigation')).toHaveCount(0);
    const pdf = await ministry.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    mkdirSync(SCREENSHOTS, { recursive: true });
    const pdfFile = path.join(SCREENSHOTS, 'conceptbijlage-afdrukken.pdf');
    await writeFile(pdfFile, pdf);
    // Where poppler is installed: every page says CONCEPT with the time, at its top and bottom.
    if (existsSync('/usr/bin/pdftotext')) {
      const pages = execFileSync('/usr/bin/pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());
      expect(pages.length).toBeGreaterThan(2);
      for (const [index, text] of pages.entries()) {
        const lines = text.split('\n').filter((line) => line.trim());
        expect(lines[0], `pagina ${index + 1}`).toMatch(LABEL);
        expect(lines.at(-1), `pagina ${index + 1}`).toMatch(LABEL);
      }
    }
  });
  await ministry.context().close();

  await test.step('a partner editor finds no concept', async () => {
    const partner = await signedInPage(browser, ACCOUNTS.jn);
    const response = await partner.goto(`/beheer/rondes/${roundId}/concept/afdrukken`);
    expect(response?.status()).toBe(404);
    await expect(partner.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeVisible();
    await expect(partner.getByText(CONCEPT_ROUND)).toHaveCount(0);
    await partner.context().close();
  });
});
