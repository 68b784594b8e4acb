import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { saveScreenshot } from './screenshot';

/**
 * On a 360 px phone the public tables show each row as a card (the same <table>, restyled), with
 * every cell's column name visible, no sideways scrolling, and still one table with rows and cells
 * in the browser's own accessibility tree. From 1280 px the tables are laid out in columns as before.
 */
const PLAN = '/plannen/actieplan-pleegzorg';
const ROUND = `${PLAN}/rondes/voortgang-2019-najaar`;
const PHONE = { width: 360, height: 800 };
const DESKTOP = { width: 1280, height: 900 };
const ACTION_COLUMNS = ['Actie', 'Verantwoordelijk', 'Status', 'Resultaat / stand van zaken', 'Wanneer'];
const ORGANISATION_COLUMNS = ['Actie', 'Plan en actielijn', 'Status', 'Wanneer', 'Laatst gerapporteerd'];
const STATUSES = ['nog niet gestart', 'loopt', 'vertraagd', 'afgerond', 'gestopt'];

/** What each cell of a row shows before its value: its label as CSS generated content, or nothing. */
function cellLabels(row: Locator): Promise<(string | null)[]> {
  return row.locator('td').evaluateAll((cells) =>
    cells.map((cell) => {
      const before = getComputedStyle(cell, '::before');
      // A label is written `"Status" / ""`: the text after the slash is what a screen reader gets.
      const label = /^"(.*)" \/ ""$/.exec(before.content);
      return before.display === 'none' || !label ? null : label[1]!;
    }),
  );
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/**
 * Each body row is a card inside the viewport, each cell labelled (with `labels`, in this order, when
 * given), the cells not squeezed into columns.
 */
async function expectCards(table: Locator, labels?: string[]) {
  const rows = table.locator('tbody > tr');
  const count = await rows.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const row = rows.nth(i);
    const box = (await row.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    const shown = await cellLabels(row);
    if (labels) expect(shown).toEqual(labels);
    else expect(shown).not.toContain(null);
    // The title takes the card's whole width, and no cell is narrower than half of it.
    const title = (await row.locator('th').boundingBox())!;
    expect(title.width).toBeGreaterThan(box.width * 0.8);
    for (const cell of await row.locator('td').all()) {
      expect((await cell.boundingBox())!.width).toBeGreaterThan(box.width * 0.4);
    }
  }
  // The column headers are still there for screen readers, but not shown (clipped to one pixel).
  const head = (await table.locator('thead').boundingBox())!;
  expect(head.width * head.height).toBeLessThanOrEqual(1);
}

/** The roles Chromium itself gives the page (its accessibility tree, not Playwright's reading of the DOM). */
async function chromiumRoles(page: Page): Promise<{ role: string; name: string }[]> {
  const session = await page.context().newCDPSession(page);
  const { nodes } = (await session.send('Accessibility.getFullAXTree')) as {
    nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[];
  };
  await session.detach();
  return nodes.filter((n) => !n.ignored).map((n) => ({ role: n.role?.value ?? '', name: n.name?.value ?? '' }));
}

test('on a phone a line’s actions are cards, and still one table for a screen reader', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize(PHONE);
  await page.goto(`${ROUND}/lijnen/A1`);
  const table = page.getByRole('table', { name: /^A1: Meer pleegouders/ });
  const actions = await table.locator('tbody > tr').count();
  expect(actions).toBeGreaterThan(2);
  await expectCards(table, ACTION_COLUMNS.slice(1));
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  // The result, the longest text, runs at the card's full width, and everything else on the card
  // (title, organisations and status, planning) takes less than half the phone's screen.
  for (const row of await table.locator('tbody > tr').all()) {
    const card = (await row.boundingBox())!;
    const result = (await row.locator('td').nth(2).boundingBox())!;
    expect(result.width).toBeGreaterThan(card.width * 0.9);
    expect(card.height - result.height).toBeLessThan(PHONE.height / 2);
  }

  // Playwright's reading of the roles: one header row, then a row per action with a row header and four cells.
  await expect(table.getByRole('columnheader')).toHaveText(ACTION_COLUMNS);
  await expect(table.getByRole('row')).toHaveCount(actions + 1);
  await expect(table.getByRole('rowheader')).toHaveCount(actions);
  await expect(table.getByRole('cell')).toHaveCount(actions * 4);
  await expect(table.getByRole('row', { name: /Nieuwe landelijke campagne/ }).getByRole('cell').nth(1)).toHaveText(/loopt/);
  await expect(table).toMatchAriaSnapshot(`
    - table:
      - rowgroup:
        - row:
          - columnheader "Actie"
          - columnheader "Verantwoordelijk"
          - columnheader "Status"
          - columnheader "Resultaat / stand van zaken"
          - columnheader "Wanneer"
      - rowgroup:
        - row /Nieuwe landelijke campagne/:
          - rowheader "Nieuwe landelijke campagne"
          - cell "JN"
          - cell /loopt/
          - cell /Subsidie verleend/
          - cell /Traject loopt/
  `);
  // The visible labels are not read out as part of a cell: the column header names it.
  await expect(table.getByRole('cell', { name: /^Verantwoordelijk/ })).toHaveCount(0);

  // Chromium's own tree: the table, its rows, headers and cells survive the change of layout.
  const roles = await chromiumRoles(page);
  expect(roles).toContainEqual({ role: 'table', name: expect.stringMatching(/^A1: Meer pleegouders/) });
  const countOf = (role: string) => roles.filter((n) => n.role === role).length;
  expect(countOf('row')).toBe(actions + 1);
  expect(countOf('columnheader')).toBe(ACTION_COLUMNS.length);
  expect(countOf('rowheader')).toBe(actions);
  expect(countOf('cell')).toBe(actions * 4);
  // …and it does not read the visible labels into the cells' names.
  const labelled = roles.filter((n) => n.role === 'cell' && ACTION_COLUMNS.slice(1).some((column) => n.name.startsWith(column)));
  expect(labelled).toEqual([]);

  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'telefoon-line-360');
});

test('on a phone the plan’s counts per actielijn and the organisation’s actions are cards', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize(PHONE);
  await page.goto(PLAN);
  const summary = page.getByRole('table', { name: /Stand van zaken per actielijn/ });
  await expectCards(summary, ['Acties', ...STATUSES, 'over tijd']);
  await expect(summary.getByRole('row', { name: /^Totaal/ })).toContainText('35');
  await expectCards(page.getByRole('table', { name: /^B2:/ }), ACTION_COLUMNS.slice(1));
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'telefoon-plan-360');

  await page.goto('/organisaties/NVP');
  const organisation = page.getByRole('table', { name: /^Acties van Nederlandse Vereniging/ });
  await expectCards(organisation, ORGANISATION_COLUMNS.slice(1));
  await expect(organisation.getByRole('columnheader')).toHaveText(ORGANISATION_COLUMNS);
  const rows = await organisation.locator('tbody > tr').count();
  await expect(organisation.getByRole('cell')).toHaveCount(rows * 4);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'telefoon-organisation-360');

  await page.goto(`${ROUND}/wijzigingen`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'telefoon-changes-360');
});

test('on a phone the charts’ number tables are cards too', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize(PHONE);
  await page.goto(`${PLAN}/grafieken`);
  for (const details of await page.locator('details').all()) await details.locator('summary').click();
  const byRound = page.getByRole('table', { name: /^Status van alle acties per rapportage/ });
  await expectCards(byRound, [...STATUSES, 'totaal']);
  await expectCards(page.getByRole('table', { name: /^Termijnverloop A1:/ }));
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'telefoon-charts-360');
});

test('on a desktop the tables keep their columns and show no card labels', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize(DESKTOP);
  const pages: [string, RegExp, string[], string][] = [
    [`${ROUND}/lijnen/A1`, /^A1: Meer pleegouders/, ACTION_COLUMNS, 'line'],
    [PLAN, /^B2:/, ACTION_COLUMNS, 'plan'],
    ['/organisaties/NVP', /^Acties van Nederlandse Vereniging/, ORGANISATION_COLUMNS, 'organisation'],
  ];
  for (const [url, name, columns, shot] of pages) {
    await page.goto(url);
    const table = page.getByRole('table', { name });
    expect(await table.evaluate((t) => getComputedStyle(t).display)).toBe('table');
    // The header row is shown, and each row's cells stand side by side on one line.
    const headers = table.locator('thead th');
    await expect(headers).toHaveText(columns);
    expect((await headers.first().boundingBox())!.height).toBeGreaterThan(20);
    for (const row of await table.locator('tbody > tr').all()) {
      const tops = await row.locator('th, td').evaluateAll((cells) => cells.map((c) => Math.round(c.getBoundingClientRect().top)));
      expect(new Set(tops).size).toBe(1);
    }
    // No card labels.
    for (const row of await table.locator('tbody > tr').all()) expect((await cellLabels(row)).filter((label) => label !== null)).toEqual([]);
    await saveScreenshot(page, `telefoon-${shot}-1280`);
  }
  await page.goto(`${ROUND}/wijzigingen`);
  await saveScreenshot(page, 'telefoon-changes-1280');
});
