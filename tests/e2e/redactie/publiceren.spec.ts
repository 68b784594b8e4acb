import { expect, test, type Locator, type Page } from '@playwright/test';
import { saveScreenshot } from '../screenshot';
import { publishAcceptingWhatIsMissing } from './completeness';
import { barFitsItsCell, EDITED, EDITED_ACTION_KEY, publicPages } from './public-pages';
import { expectPublishedShift } from './published-shift';
import { ACCOUNTS, reloadInteractive, signedInPage, usesThrowawayDatabase, withDatabase } from './support';

/**
 * The whole round, as the people who do it: the ministry opens a round, a partner updates two
 * actions and marks them ready, the ministry returns one with a comment and approves the other,
 * the partner fixes and resubmits, the ministry publishes, and a reader sees the new round and
 * what changed. Runs after the reading tests (it publishes a newer round of the real plan).
 */
const PLAN = 'Actieplan Pleegzorg 2017-2018';
const ROUND = 'Voortgang najaar 2026';
const ROUND_KEY = 'voortgang-najaar-2026';
const CAMPAIGN = 'Nieuwe landelijke campagne';
const SUICIDE_PREVENTION = 'Uitgewerkt plan suïcidepreventie';
const entry = (page: Page, title: string) => page.getByRole('article', { name: title });
/** A review-state badge: a symbol for the eye, then the words. */
const badge = (scope: Locator, label: string) => scope.getByText(new RegExp(`^\\W*${label}$`));

/** At 360 px the page does not scroll sideways; a screenshot shows what fits on the screen. */
async function expectUsableOnAPhone(page: Page, screenshot: string) {
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await saveScreenshot(page, screenshot, { fullPage: false });
  await page.setViewportSize(size);
}

async function versionsOf(title: string): Promise<number> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ count: string }>(
      `SELECT count(*) FROM action_updates u
       JOIN action_entries e ON e.id = u.entry_id
       JOIN reporting_rounds r ON r.id = e.round_id
       JOIN actions a ON a.id = e.action_id
       WHERE r.key = $1 AND a.title = $2`,
      [ROUND_KEY, title],
    );
    return Number(rows[0]!.count);
  });
}

test('a round from opening to publication: partner, ministry and reader', async ({ browser }) => {
  test.skip(!usesThrowawayDatabase, 'publiceert een ronde: alleen op de wegwerpdatabase van `npm test`');
  test.setTimeout(240_000);
  const ministry = await signedInPage(browser, ACCOUNTS.ministry);
  const partner = await signedInPage(browser, ACCOUNTS.jn);

  await test.step('the ministry creates the round and opens it, pre-filled with the previous report', async () => {
    const plan = ministry.getByRole('region', { name: PLAN });
    await plan.getByLabel('Titel van de nieuwe ronde').fill(ROUND);
    await plan.getByRole('button', { name: 'Ronde aanmaken' }).click();
    await expect(ministry.getByRole('heading', { level: 1, name: ROUND })).toBeVisible();
    await expect(badge(ministry.getByRole('main'), 'concept')).toBeVisible();
    await ministry.getByRole('form', { name: 'Openen voor invoer' }).getByLabel('Inleveren vóór (datum)').fill(new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10));
    await ministry.getByRole('button', { name: 'Openen voor invoer' }).click();
    await expect(ministry.getByText(/De ronde is open voor invoer tot .*; 35 acties staan klaar/)).toBeVisible();
  });

  const editedActionId = await withDatabase(async (client) => {
    const { rows } = await client.query<{ id: number }>('SELECT id FROM actions WHERE key = $1', [EDITED_ACTION_KEY]);
    return rows[0]!.id;
  });
  await test.step('the ministry edits the plan, a line and an action while the round is open; public pages stay byte for byte as published', async () => {
    const reader = await browser.newContext();
    const published = await publicPages(reader, editedActionId);
    const planId = await withDatabase(async (client) => (await client.query<{ id: number }>("SELECT id FROM plans WHERE slug = 'actieplan-pleegzorg'")).rows[0]!.id);
    const editor = await ministry.context().newPage();
    await editor.goto(`/beheer/plannen/${planId}`);
    const planForm = editor.locator('details', { has: editor.getByText('Titel en samenvatting wijzigen') });
    await planForm.getByText('Titel en samenvatting wijzigen').click();
    await planForm.getByLabel('Titel', { exact: true }).fill(EDITED.planTitle);
    await planForm.getByRole('button', { name: 'Plan opslaan' }).click();
    await expect(planForm.getByText('Het plan is bijgewerkt.')).toBeVisible();
    const line = editor.getByRole('region', { name: /^A1\. / });
    await line.getByText('Actielijn A1 wijzigen').click();
    await line.getByLabel('Opgave').fill(EDITED.opgave);
    await line.getByRole('button', { name: 'Actielijn opslaan' }).click();
    await expect(line.getByText('De actielijn is bijgewerkt.')).toBeVisible();
    await editor.goto(`/beheer/plannen/${planId}/acties/${editedActionId}`);
    await editor.getByLabel('Omschrijving').fill(EDITED.description);
    await editor.getByRole('button', { name: 'Actie opslaan' }).click();
    await expect(editor.getByText('De actie is bijgewerkt.')).toBeVisible();
    await editor.close();
    expect(await publicPages(reader, editedActionId)).toEqual(published);
    await reader.close();
  });

  await test.step('the partner updates two actions, seeing the deadline as they type, and marks them ready', async () => {
    await reloadInteractive(partner);
    await expect(partner.getByRole('heading', { level: 2, name: ROUND })).toBeVisible();
    await expect(partner.getByText('0 van 6 acties bijgewerkt')).toBeVisible();

    const campaign = entry(partner, CAMPAIGN);
    await expect(campaign.getByRole('region', { name: `Vorige rapportage: ${CAMPAIGN}` })).toContainText('Campagne per 30/10/2019 van start.');
    await expect(campaign.getByLabel('Resultaat / stand van zaken')).toHaveValue('Subsidie verleend. Campagne per 30/10/2019 van start.');
    await campaign.getByLabel('Resultaat / stand van zaken').fill('Tweede campagnegolf liep in het voorjaar; bereik 1,2 miljoen.');
    await campaign.getByLabel('Wanneer (planning)').fill('voorjaar 2027');
    await expect(campaign.getByText('Herkende termijn: mrt–mei 2027')).toBeVisible();
    await expect(campaign.getByText('Termijn verschoven: +53 maanden')).toBeVisible(); // previously 't/m eind 2022'
    await campaign.getByRole('button', { name: 'Opslaan en klaar voor controle' }).click();
    await expect(campaign.getByRole('status')).toContainText('Opgeslagen als versie 2. Klaar voor controle');
    // The next save starts from the version just saved: saving again without a reload is no conflict.
    await campaign.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expect(campaign.getByRole('status')).toContainText('Er was niets gewijzigd.');

    const prevention = entry(partner, SUICIDE_PREVENTION);
    await prevention.getByLabel('Status').selectOption({ label: 'afgerond' });
    await prevention.getByLabel('Resultaat / stand van zaken').fill('Plan vastgesteld en verspreid onder alle instellingen.');
    await prevention.getByLabel('Wanneer (planning)').fill('Gereed');
    await expect(prevention.getByText('Geen termijn herkend')).toBeVisible();
    await prevention.getByRole('button', { name: 'Opslaan en klaar voor controle' }).click();
    await expect(prevention.getByRole('status')).toContainText('Klaar voor controle');

    await reloadInteractive(partner);
    await expect(partner.getByText('2 van 6 acties bijgewerkt')).toBeVisible();
    await expect(badge(entry(partner, CAMPAIGN), 'klaar voor controle')).toBeVisible();
    await partner.setViewportSize({ width: 1280, height: 1700 });
    await partner.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(partner, 'partner-workspace', { fullPage: false });
    await expectUsableOnAPhone(partner, 'partner-workspace-360px');
  });

  await test.step('a partner of another organisation posting a forged entry id is refused, and nothing changes', async () => {
    const nvp = await signedInPage(browser, ACCOUNTS.nvp);
    const jnOnlyEntryId = await withDatabase(async (client) => {
      const { rows } = await client.query<{ id: number }>(
        `SELECT e.id FROM action_entries e JOIN reporting_rounds r ON r.id = e.round_id JOIN actions a ON a.id = e.action_id
         WHERE r.key = $1 AND a.title = $2`,
        [ROUND_KEY, SUICIDE_PREVENTION],
      );
      return rows[0]!.id;
    });
    const before = await versionsOf(SUICIDE_PREVENTION);
    const own = nvp.getByRole('article').first();
    await own.getByLabel('Resultaat / stand van zaken').fill('Overschreven door een andere organisatie');
    // Forge the form as a hostile client would (last, so nothing re-renders it back).
    await own.locator('input[name="entryId"]').evaluate((input, id) => ((input as HTMLInputElement).value = String(id)), jnOnlyEntryId);
    await own.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expect(own.getByRole('alert')).toHaveText(/Deze actie bestaat niet, of valt niet onder uw organisatie\./);
    expect(await versionsOf(SUICIDE_PREVENTION)).toBe(before);
    await nvp.context().close();
  });

  await test.step('the ministry sees what changed, returns one action with a comment and approves the other', async () => {
    await reloadInteractive(ministry);
    await ministry.getByRole('link', { name: /^klaar voor controle \(2\)$/ }).click();
    await expect(ministry).toHaveURL(/\?toon=klaar$/);
    await expect(ministry.getByRole('heading', { level: 2, name: 'Acties: klaar voor controle (2)' })).toBeVisible();
    await expect(ministry.getByRole('article')).toHaveCount(2);
    const campaign = entry(ministry, CAMPAIGN);
    await expect(campaign.locator('ins').first()).toContainText('Tweede campagnegolf');
    await expect(campaign.locator('del').first()).toContainText('Subsidie verleend');
    await saveScreenshot(ministry, 'review');
    await expectUsableOnAPhone(ministry, 'review-360px');
    // Reviewed entries leave the "klaar voor controle" list; review them in the full list.
    await ministry.getByRole('link', { name: /^Alle \(35\)$/ }).click();
    await expect(ministry.getByRole('heading', { level: 2, name: 'Alle acties (35)' })).toBeVisible();
    await campaign.getByText('Terugsturen…').click();
    await campaign.getByLabel(`Opmerking voor de partner bij ‘${CAMPAIGN}’`).fill('Graag het bereik onderbouwen met de bron (campagne-evaluatie).');
    await campaign.getByRole('button', { name: 'Terugsturen met opmerking' }).click();
    await expect(ministry.getByText('Teruggestuurd naar de partner')).toBeVisible();
    await entry(ministry, SUICIDE_PREVENTION).getByRole('button', { name: `Goedkeuren: ${SUICIDE_PREVENTION}` }).click();
    await expect(ministry.getByText('Goedgekeurd.')).toBeVisible();
  });

  await test.step('the partner reads the comment, fixes the text and resubmits', async () => {
    await reloadInteractive(partner);
    const campaign = entry(partner, CAMPAIGN);
    await expect(campaign.getByRole('list', { name: `Opmerkingen en antwoorden bij ${CAMPAIGN}` })).toContainText('Graag het bereik onderbouwen');
    await expect(badge(campaign, 'teruggestuurd')).toBeVisible();
    await expect(entry(partner, SUICIDE_PREVENTION).getByText('Goedgekeurd door het ministerie')).toBeVisible();
    await campaign
      .getByLabel('Resultaat / stand van zaken')
      .fill('Tweede campagnegolf liep in het voorjaar; bereik 1,2 miljoen volgens de campagne-evaluatie.');
    await campaign.getByRole('button', { name: 'Opslaan en klaar voor controle' }).click();
    // The card of a returned entry also has the answer form, with a status of its own.
    await expect(campaign.getByRole('form', { name: 'Stand van zaken bijwerken' }).getByRole('status')).toContainText('Opgeslagen als versie 3');
  });

  await test.step('the ministry approves, closes, sees what is missing, accepts it and publishes the round', async () => {
    await ministry.goto(ministry.url().replace(/\?.*$/, ''));
    const campaign = entry(ministry, CAMPAIGN);
    await expect(campaign).toContainText('campagne-evaluatie');
    await campaign.getByRole('button', { name: `Goedkeuren: ${CAMPAIGN}` }).click();
    await expect(badge(campaign, 'goedgekeurd')).toBeVisible();
    await ministry.getByLabel(/Ik sluit de ronde/).check();
    await ministry.getByRole('button', { name: 'Sluiten voor invoer' }).click();
    await expect(ministry.getByText('De ronde is gesloten')).toBeVisible();
    const shift = 'termijn verschoven: van december 2022 naar mei 2027 (53 maanden later)', unchanged = 'Centraal online platform';
    await publishAcceptingWhatIsMissing(ministry, { roundTitle: ROUND, unchanged, shifted: CAMPAIGN, shift });
  });

  await test.step('a reader, not signed in, sees the new round and its texts', async () => {
    const reader = await (await browser.newContext()).newPage();
    await reader.goto('/plannen/actieplan-pleegzorg');
    const rounds = reader.getByRole('navigation', { name: 'Rapportages' });
    await expect(rounds.getByRole('link', { name: new RegExp(ROUND) })).toHaveAttribute('aria-current', 'page');
    await expect(reader.getByText('bereik 1,2 miljoen volgens de campagne-evaluatie')).toBeVisible();
    await expect(reader.getByText('Plan vastgesteld en verspreid onder alle instellingen.')).toBeVisible();
    await expect(reader.getByRole('heading', { level: 1, name: EDITED.planTitle })).toBeVisible();

    await test.step('and the texts edited during the round, the earlier rounds as they were', async () => {
      await reader.goto(`/plannen/actieplan-pleegzorg/acties/${editedActionId}`);
      await expect(reader.getByText(EDITED.description)).toBeVisible();
      await reader.goto(`/plannen/actieplan-pleegzorg/rondes/${ROUND_KEY}/lijnen/A1`);
      await expect(reader.getByText(EDITED.opgave)).toBeAttached();
      await reader.goto('/plannen/actieplan-pleegzorg/rondes/voortgang-2019-najaar/lijnen/A1');
      await expect(reader.getByRole('heading', { level: 1, name: 'Actieplan Pleegzorg 2017-2018', exact: true })).toBeVisible();
      await expect(reader.getByText(EDITED.opgave)).toHaveCount(0);
    });

    await test.step('and the changes against the previous round, word by word', async () => {
      await reader.goto(`/plannen/actieplan-pleegzorg/rondes/${ROUND_KEY}/wijzigingen`);
      const campaign = reader.getByRole('listitem').filter({ has: reader.getByRole('link', { name: CAMPAIGN }) });
      await expect(campaign).toContainText('gewijzigd');
      await expect(campaign.locator('ins').first()).toContainText('Tweede campagnegolf');
      await expect(campaign.locator('del').first()).toContainText('Subsidie verleend');
      await expectPublishedShift(reader, { plan: 'actieplan-pleegzorg', roundKey: ROUND_KEY, action: CAMPAIGN, months: 53 });
    });

    await test.step('and every action on the time axis, the one planned for 2027 included', async () => {
      await reader.goto(`/plannen/actieplan-pleegzorg/rondes/${ROUND_KEY}/planning`);
      const campaign = reader.getByRole('row', { name: new RegExp(CAMPAIGN) });
      await expect(campaign).toContainText('mrt–mei 2027');
      const rows = reader.getByRole('table', { name: /^Planning / }).getByRole('row').filter({ has: reader.getByRole('rowheader') });
      expect(await rows.count()).toBeGreaterThan(10);
      const hidden: string[] = [];
      for (const row of await rows.all()) {
        if (!(await barFitsItsCell(row))) hidden.push(await row.getByRole('rowheader').innerText());
      }
      expect(hidden).toEqual([]);
      await reader.setViewportSize({ width: 1280, height: 900 });
      await saveScreenshot(reader, 'deadlines-late-round');
      await reader.setViewportSize({ width: 360, height: 800 });
      expect(await reader.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await reader.getByRole('region', { name: /^Planning / }).first().scrollIntoViewIfNeeded();
      await saveScreenshot(reader, 'deadlines-late-round-360px', { fullPage: false });
    });
  });
});
