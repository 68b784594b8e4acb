import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { saveScreenshot } from '../screenshot';
import { createStructurePlan } from './structure-data';
import { ACCOUNTS, signedInPage, usesThrowawayDatabase } from './support';

/**
 * The plan's structure as the ministry keeps it: an action stops being reported with a reason that
 * the public action page shows right away, an old empty actielijn is archived, and a round's
 * introduction for a line is edited and read back in the concept print view. Line codes as written.
 */
const REASON = 'Opgegaan in de landelijke wervingscampagne.';
const INTRO = 'In deze ronde staan de regionale campagnes centraal; twee regio’s rapporteren voor het eerst.';

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Screenshots at 1280 and 360 px, and no sideways scrolling at 360 px. */
async function shootBoth(page: Page, name: string) {
  await saveScreenshot(page, name);
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await saveScreenshot(page, `${name}-360px`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('the ministry stops reporting an action with a reason, archives an empty line and edits a line introduction', async ({ browser }) => {
  test.skip(!usesThrowawayDatabase, 'maakt een plan aan: alleen op de wegwerpdatabase van `npm test`');
  test.setTimeout(240_000);
  const plan = await createStructurePlan();
  const ministry = await signedInPage(browser, ACCOUNTS.ministry);

  await test.step('niet meer rapporteren, with a reason, shown on the public action page', async () => {
    await ministry.goto(`/beheer/plannen/${plan.planId}/acties/${plan.actionId}`);
    const section = ministry.getByRole('region', { name: 'Rapporteren' });
    await section.getByRole('button', { name: 'Niet meer rapporteren' }).click();
    // The reason is required: the browser asks for it before anything is sent.
    await expect(section.getByLabel('Reden')).toBeFocused();
    await section.getByLabel('Reden').fill(REASON);
    await section.scrollIntoViewIfNeeded();
    await saveScreenshot(ministry, 'structuur-actie-reden-invullen', { fullPage: false });
    await section.getByRole('button', { name: 'Niet meer rapporteren' }).click();
    await expect(section.getByRole('status')).toContainText('niet meer gerapporteerd');
    await expect(section).toContainText(`Niet meer gerapporteerd sinds`);
    await expect(section).toContainText(REASON);
    await expect(section.getByRole('button', { name: 'Weer rapporteren' })).toBeVisible();
    await expectNoAxeViolations(ministry);
    await shootBoth(ministry, 'structuur-actie-niet-meer-rapporteren');

    const reader = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await reader.goto(`/plannen/${plan.slug}/acties/${plan.actionId}`);
    const timeline = reader.getByRole('list').filter({ hasText: 'Voortgang najaar 2026' });
    await expect(timeline.getByRole('listitem').first()).toHaveText(new RegExp(`^Niet meer gerapporteerd sinds \\d{1,2} \\p{L}+ \\d{4}: ${REASON}$`, 'u'));
    await expect(reader.getByText('A1: Regionale campagnes').first()).toBeVisible();
    await expectNoAxeViolations(reader);
    await shootBoth(reader, 'structuur-openbare-actie');

    // The line's address as people read it, in either spelling.
    for (const code of ['A1', 'a1']) {
      const response = await reader.goto(`/plannen/${plan.slug}/rondes/najaar-2026/lijnen/${code}`);
      expect(response?.status()).toBe(200);
      await expect(reader.getByText('Regionale campagnes').first()).toBeVisible();
    }
    await reader.context().close();
  });

  await test.step('an old, empty line is archived and listed collapsed', async () => {
    await ministry.goto(`/beheer/plannen/${plan.planId}`);
    await expect(ministry.getByText('Actie toevoegen aan actielijn A1')).toBeVisible();
    await expect(ministry.getByText('Actielijn A1 archiveren')).toHaveCount(0); // it has actions
    await ministry.getByText('1 actie wordt niet meer gerapporteerd').click();
    await expect(ministry.getByText(`Reden: ${REASON}`)).toBeVisible();
    await ministry.getByText('Actielijn B9 archiveren').click();
    await ministry.getByRole('button', { name: 'Actielijn B9 archiveren' }).click();
    const archived = ministry.getByText('Gearchiveerde actielijnen (1)');
    await expect(archived).toBeVisible();
    await expect(ministry.getByRole('heading', { name: 'B9. Oude pilot zonder acties' })).toHaveCount(0);
    await archived.click();
    await expect(ministry.getByRole('button', { name: 'Actielijn B9 terugzetten' })).toBeVisible();
    // Not offered as the parent of a new line.
    await expect(ministry.getByLabel('Onderdeel van').locator('option', { hasText: 'B9' })).toHaveCount(0);
    await expectNoAxeViolations(ministry);
    await shootBoth(ministry, 'structuur-plan-gearchiveerde-lijnen');
  });

  await test.step('a line introduction is edited in the round and read in the concept print view', async () => {
    await ministry.goto(`/beheer/rondes/${plan.openRoundId}`);
    const section = ministry.getByRole('region', { name: 'Inleidingen per actielijn' });
    await section.getByText('Inleidingen bewerken').click();
    await expect(section.getByLabel('Inleiding bij B9. Oude pilot zonder acties')).toHaveCount(0);
    await section.getByLabel('Inleiding bij A1. Regionale campagnes').fill(INTRO);
    await section.getByRole('button', { name: 'Inleiding bij A1 opslaan' }).click();
    await expect(section.getByRole('status').filter({ hasText: 'De inleiding is opgeslagen.' })).toBeVisible();
    await expect(section).toContainText('1 van 2 actielijnen hebben er een');
    await expectNoAxeViolations(ministry);
    await section.scrollIntoViewIfNeeded();
    await saveScreenshot(ministry, 'structuur-ronde-inleidingen', { fullPage: false });
    await ministry.setViewportSize({ width: 360, height: 800 });
    expect(await ministry.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await section.getByLabel('Inleiding bij A1. Regionale campagnes').scrollIntoViewIfNeeded();
    await saveScreenshot(ministry, 'structuur-ronde-inleidingen-360px', { fullPage: false });
    await ministry.setViewportSize({ width: 1280, height: 900 });

    await ministry.goto(`/beheer/rondes/${plan.openRoundId}/concept/afdrukken`);
    await expect(ministry.getByText(INTRO)).toBeVisible();
  });
  await ministry.context().close();
});
