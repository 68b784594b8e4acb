import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { saveScreenshot } from './screenshot';

/** Termijnverschuivingen on the public side of the real plan: changes tab, action page, charts. */
const PLAN = '/plannen/actieplan-pleegzorg';
const CHANGES = `${PLAN}/rondes/voortgang-2019-voorjaar/wijzigingen`;

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function shoot(page: Page, name: string) {
  await saveScreenshot(page, name);
  await page.setViewportSize({ width: 360, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await saveScreenshot(page, `${name}-360`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('the changes tab counts the shifted termijnen and filters on them', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(CHANGES);
  const summary = page.getByText(/acties? met een verschoven termijn/);
  const count = Number((await summary.locator('strong').textContent())!.replace(/\D/g, ''));
  expect(count).toBeGreaterThan(0); // the 2019 report moved real deadlines
  await expect(page.getByText(/^Termijn verschoven: \+\d+ maand/)).toHaveCount(count);
  await shoot(page, 'changes-shifts');
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Toon alleen verschoven termijnen' }).click();
  await expect(page).toHaveURL(/\/wijzigingen\/verschoven$/);
  await expect(page).toHaveTitle(/^Verschoven termijnen/);
  // Each line's section lists its actions; every one listed now has a shifted termijn.
  const listed = page.getByRole('main').getByRole('region').getByRole('listitem');
  await expect(listed).toHaveCount(count);
  await expect(listed.filter({ hasText: 'Termijn verschoven' })).toHaveCount(count);
  await shoot(page, 'changes-only-shifted');
  await page.getByRole('link', { name: 'Toon alle wijzigingen' }).click();
  await expect(page).toHaveURL(/\/wijzigingen$/);

  const unknown = await page.goto(`${CHANGES}/onbekend`);
  expect(unknown!.status()).toBe(404);
});

test('the action page shows its shift per round and a slip chart with a table', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(`${CHANGES}/verschoven`);
  await page.getByRole('main').getByRole('region').getByRole('listitem').first().getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(/^Termijn verschoven: \+\d+ maand/).first()).toBeVisible();

  const chart = page.getByRole('img', { name: /^Geplande einddatum per rapportage:/ });
  await expect(chart).toBeVisible();
  await expect(chart.locator('polyline')).not.toHaveCount(0);
  await page.getByText('Toon de geplande einddata als tabel').click();
  const table = page.getByRole('table', { name: /geplande einddatum per rapportage$/ });
  await expect(table.getByRole('columnheader').first()).toHaveText('Actie');
  await expect(table.getByRole('row')).toHaveCount(2); // header + this action
  await expect(table.getByRole('cell').filter({ hasText: /20\d\d/ }).first()).toBeVisible();
  await chart.scrollIntoViewIfNeeded();
  await shoot(page, 'action-slip-chart');
  await expectNoAxeViolations(page);
});

test('the charts page has a slip chart per actielijn, with a numbered key and a table', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(`${PLAN}/grafieken`);
  const section = page.getByRole('region', { name: 'Termijnverloop per actielijn' });
  const charts = section.getByRole('img', { name: /^Termijnverloop / });
  await expect(charts.first()).toBeVisible();
  const first = section.getByRole('figure').first();
  const key = first.getByRole('list', { name: 'Lijnen in de grafiek' }).getByRole('listitem');
  await first.getByText('Toon de geplande einddata als tabel').click();
  const rows = first.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount((await key.count()) + 1);
  await first.scrollIntoViewIfNeeded();
  await shoot(page, 'line-slip-charts');
  await expectNoAxeViolations(page);
});
