import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { saveScreenshot } from './screenshot';

const PLAN = '/plannen/actieplan-pleegzorg';

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('a reader goes from the plan list to a plan, an earlier round and an action’s history', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Voortgang/);
  await page.getByRole('link', { name: 'Actieplan Pleegzorg 2017-2018' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Actieplan Pleegzorg 2017-2018' })).toBeVisible();
  const rounds = page.getByRole('navigation', { name: 'Rapportages' });
  await expect(rounds.getByRole('link', { name: /Voortgang eind 2019/ })).toHaveAttribute('aria-current', 'page');
  const summary = page.getByRole('table', { name: /Stand van zaken per actielijn/ });
  await expect(summary.getByRole('row', { name: /^Totaal/ })).toContainText('35');
  await saveScreenshot(page, 'plan-desktop');

  // Every published round stays viewable; the early-2019 round has the four actielijnen.
  await rounds.getByRole('link', { name: /Voortgang begin 2019/ }).click();
  await expect(page).toHaveURL(/\/rondes\/voortgang-2019-voorjaar$/);
  for (const n of [1, 2, 3, 4]) {
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^Actielijn ${n}:`) })).toBeVisible();
  }
  const lineOne = page.getByRole('table', { name: /^Actielijn 1:/ });
  await expect(lineOne.getByRole('columnheader')).toHaveText(['Actie', 'Verantwoordelijk', 'Status', 'Resultaat / stand van zaken', 'Wanneer']);
  await expect(lineOne.getByRole('row', { name: /Handboek matching/ })).toContainText('afgerond');

  await lineOne.getByRole('link', { name: /Actieonderzoek naar breakdown/ }).click();
  await expect(page).toHaveURL(/ronde=voortgang-2019-voorjaar/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Actieonderzoek continuïteit en breakdown');
  const timeline = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
  await expect(timeline.getByRole('heading', { level: 3 })).toHaveText([/Voortgang eind 2019/, /Voortgang begin 2019/]);
  await expect(timeline.first()).toContainText('Actieonderzoek loopt.');
  await expect(timeline.first()).toContainText('sep–nov 2020'); // najaar 2020, as a period
  await expect(timeline.nth(1)).toContainText('Onderzoek is opgestart.');
  await expect(timeline.nth(1)).toHaveAttribute('aria-current', 'true'); // the round of the permalink
  await saveScreenshot(page, 'action-timeline');
});

test('the changes since the previous report, word by word', async ({ page }) => {
  await page.goto(PLAN);
  await page.getByRole('link', { name: 'Wijzigingen t.o.v. vorige rapportage' }).click();
  await expect(page).toHaveURL(/\/rondes\/voortgang-2019-najaar\/wijzigingen$/);
  const counts = page.getByRole('list', { name: 'Aantal acties per soort wijziging' });
  await expect(counts).toContainText(/nieuw\s*32/);
  await expect(counts).toContainText(/niet meer gerapporteerd\s*15/);

  const platform = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Centraal online platform' }) });
  await expect(platform).toContainText('gewijzigd');
  await expect(platform.locator('del').first()).toContainText('Fase 2');
  await expect(platform.locator('ins').first()).toContainText('Centraal online platform');
  await saveScreenshot(page, 'changes');
});

test('filters combine, live in the URL and search the Dutch texts', async ({ page }) => {
  await page.goto(PLAN);
  await page.getByRole('link', { name: 'Zoeken en filteren' }).click();
  const form = page.getByRole('search', { name: 'Acties zoeken en filteren' });
  await form.getByLabel('Rapportage', { exact: true }).selectOption({ label: 'Voortgang begin 2019' });
  await form.getByLabel('Status', { exact: true }).selectOption('afgerond');
  await form.getByLabel('Zoeken in titels en teksten').fill('pleegouder');
  await form.getByRole('button', { name: 'Toon acties' }).click();

  await expect(page).toHaveURL(/ronde=voortgang-2019-voorjaar/);
  await expect(page).toHaveURL(/status=afgerond/);
  await expect(page).toHaveURL(/q=pleegouder/);
  await expect(page.getByRole('status')).toContainText('3 acties gevonden');
  const rows = page.getByRole('table').getByRole('row').filter({ has: page.getByRole('rowheader') });
  await expect(rows).toHaveCount(3);
  for (const row of await rows.all()) await expect(row).toContainText('afgerond');

  // The URL alone reproduces the view (shareable).
  const shared = page.url();
  await page.goto('/');
  await page.goto(shared);
  await expect(page.getByRole('status')).toContainText('3 acties gevonden');
  await expect(page.getByLabel('Status', { exact: true })).toHaveValue('afgerond');
});

test('organisation, actielijn, over tijd and changed-since-previous filters, from the URL', async ({ page }) => {
  await page.goto(`${PLAN}/zoeken?ronde=voortgang-2019-najaar&organisatie=JN&lijn=A&gewijzigd=1`);
  await expect(page.getByLabel('Organisatie', { exact: true })).toHaveValue('JN');
  await expect(page.getByLabel('nieuw of gewijzigd t.o.v. vorige rapportage')).toBeChecked();
  const rows = page.getByRole('table').getByRole('row').filter({ has: page.getByRole('rowheader') });
  await expect(rows.first()).toBeVisible();
  for (const row of await rows.all()) await expect(row.getByRole('cell').first()).toContainText('JN');
  const lineHeadings = await page.locator('section > h2').allTextContents();
  expect(lineHeadings.length).toBeGreaterThan(0);
  for (const heading of lineHeadings) expect(heading).toMatch(/^A\d:/);

  await page.goto(`${PLAN}/zoeken?ronde=voortgang-2019-najaar&overtijd=1&status=loopt`);
  const overdue = page.getByRole('table').getByRole('row').filter({ has: page.getByRole('rowheader') });
  await expect(overdue.first()).toBeVisible();
  for (const row of await overdue.all()) await expect(row).toContainText('over tijd');
});

test('organisation page, deadline view and the action timeline meet WCAG 2.1 AA', async ({ page }) => {
  test.setTimeout(180_000); // axe on ten pages: far more than the default 30 s on a loaded machine
  for (const path of [
    '/',
    PLAN,
    `${PLAN}/rondes/voortgang-2019-voorjaar`,
    `${PLAN}/rondes/voortgang-2019-najaar/wijzigingen`,
    `${PLAN}/rondes/voortgang-2019-najaar/planning`,
    `${PLAN}/zoeken?q=pleegouders&status=loopt`,
    `${PLAN}/rondes/voortgang-2019-najaar/lijnen/A1`,
    '/organisaties',
    '/organisaties/NVP',
  ]) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }
  await page.goto(`${PLAN}/rondes/voortgang-2019-najaar/planning`);
  await expect(page.getByRole('table', { name: /Planning A1:/ }).getByRole('columnheader').nth(2)).toContainText('K');
  await saveScreenshot(page, 'deadlines');

  await page.goto('/organisaties/NVP');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Nederlandse Vereniging voor Pleeggezinnen');
  await page.getByRole('link', { name: /Onafhankelijk informatiepunt/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Onafhankelijk informatiepunt');
  await expectNoAxeViolations(page);
});

test('keyboard: the skip link leads to the content', async ({ page }) => {
  await page.goto(PLAN);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Direct naar de inhoud' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#inhoud$/);
});

test('an unknown plan, round or action is a Dutch 404 page', async ({ page }) => {
  for (const path of ['/plannen/bestaat-niet', `${PLAN}/rondes/bestaat-niet`, `${PLAN}/acties/999999`, '/organisaties/ONBEKEND']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  await expect(page.getByRole('heading', { name: 'Pagina niet gevonden' })).toBeVisible();
});

test('the plan page fits a 360 px wide phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  for (const path of [PLAN, `${PLAN}/rondes/voortgang-2019-najaar/wijzigingen`, `${PLAN}/zoeken`]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await page.goto(PLAN);
  await saveScreenshot(page, 'plan-360px', { fullPage: false });
});
