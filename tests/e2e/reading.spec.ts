import { expect, test } from '@playwright/test';
import { saveScreenshot } from './screenshot';

test('a reader goes from the plan list to a plan and to an action’s history', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Voortgang/);
  await page.getByRole('link', { name: 'Actieplan Pleegzorg 2017-2018' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Actieplan Pleegzorg 2017-2018' })).toBeVisible();
  const rounds = page.getByRole('navigation', { name: 'Rapportages' });
  await expect(rounds.getByRole('link', { name: /Voortgang eind 2019/ })).toHaveAttribute('aria-current', 'page');
  await saveScreenshot(page, 'plan-latest-round');

  // The latest round regroups the plan; the early-2019 round still has the four actielijnen.
  await rounds.getByRole('link', { name: /Voortgang begin 2019/ }).click();
  await expect(page).toHaveURL(/ronde=voortgang-2019-voorjaar/);
  for (const n of [1, 2, 3, 4]) {
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^Actielijn ${n}:`) })).toBeVisible();
  }
  const lineOne = page.getByRole('table', { name: /Actielijn 1:/ });
  await expect(lineOne.getByRole('columnheader')).toHaveText([
    'Actie',
    'Verantwoordelijk',
    'Status',
    'Resultaat / stand van zaken',
    'Wanneer',
  ]);
  await saveScreenshot(page, 'plan-early-2019');

  await lineOne.getByRole('link', { name: /Actieonderzoek naar breakdown/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Actieonderzoek continuïteit en breakdown');
  const timeline = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
  await expect(timeline.getByRole('heading', { level: 3 })).toHaveText([/Voortgang eind 2019/, /Voortgang begin 2019/]);
  await expect(timeline.first()).toContainText('Actieonderzoek loopt.');
  await expect(timeline.nth(1)).toContainText('Onderzoek is opgestart.');
  await saveScreenshot(page, 'action-history');
});

test('an unknown plan or action is a Dutch 404 page', async ({ page }) => {
  const plan = await page.goto('/plannen/bestaat-niet');
  expect(plan?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Pagina niet gevonden' })).toBeVisible();
  const action = await page.goto('/plannen/actieplan-pleegzorg/acties/999999');
  expect(action?.status()).toBe(404);
});

test('the plan page fits a 360 px wide phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/plannen/actieplan-pleegzorg');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await saveScreenshot(page, 'plan-360px', { fullPage: false });
});
