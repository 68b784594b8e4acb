import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { saveScreenshot } from '../screenshot';
import { createReviewRound, OWN } from './controle-data';
import { ACCOUNTS, signedInPage, usesThrowawayDatabase, withDatabase } from './support';

/**
 * Review that scales: the ministry filters a round's review to one organisation, approves a
 * selection of three of which a partner changed one meanwhile (skipped and reported), takes back
 * one approval, and returns an entry; focus moves on to the next entry, not to the page.
 */
const entry = (page: Page, title: string) => page.getByRole('article', { name: title });
const badge = (scope: Locator, label: string) => scope.getByText(new RegExp(`^\\W*${label}$`));

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function expectUsableOnAPhone(page: Page, screenshot: string, options: { fullPage?: boolean } = {}) {
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await saveScreenshot(page, screenshot, options);
  await page.setViewportSize(size);
}

test('the ministry filters, bulk-approves, undoes and returns', async ({ browser }) => {
  test.skip(!usesThrowawayDatabase, 'verandert gegevens: alleen op de wegwerpdatabase van `npm test`');
  test.setTimeout(180_000);
  const { roundId, organisation, partner: partnerAccount } = await createReviewRound();
  const ministry = await signedInPage(browser, ACCOUNTS.ministry);
  const [first, changed, third, fourth] = OWN as [string, string, string, string];

  await test.step('the review counts the whole round and names the actions without a partner', async () => {
    await ministry.goto(`/beheer/rondes/${roundId}`);
    await expect(ministry.getByRole('link', { name: /^klaar voor controle \(8\)$/ })).toBeVisible();
    await expect(ministry.getByText('8 van 8 getoond.')).toBeVisible();
    await expect(entry(ministry, 'Brief aan de Kamer')).toContainText('geen partner: door het ministerie bij te werken');
  });

  await test.step('filtered to one organisation, in the URL', async () => {
    await ministry.getByLabel('Organisatie', { exact: true }).selectOption({ label: `${organisation} (Controletest)` });
    await ministry.getByRole('button', { name: 'Filteren' }).click();
    await expect(ministry).toHaveURL(/[?&]organisatie=\d+/);
    await expect(ministry.getByText('4 van 8 getoond.')).toBeVisible();
    await expect(ministry.getByRole('article')).toHaveCount(4);
    await expect(ministry.getByLabel('Organisatie', { exact: true })).toHaveValue(/^\d+$/);
    await expectNoAxeViolations(ministry);
    await saveScreenshot(ministry, 'controle');
    await expectUsableOnAPhone(ministry, 'controle-360px');
  });

  await test.step('three selected; the partner changes one of them meanwhile; it is skipped and reported', async () => {
    for (const title of [first, changed, third]) await ministry.getByLabel(`Selecteren: ${title}`).check();
    const partner = await signedInPage(browser, partnerAccount);
    const own = entry(partner, changed);
    await own.getByLabel('Resultaat / stand van zaken').fill('De aanpak is uitgewerkt en in drie regio’s beproefd.');
    await own.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expect(own.getByRole('status')).toContainText('Opgeslagen als versie 2');
    await partner.context().close();

    await ministry.getByRole('button', { name: 'Selectie goedkeuren' }).click();
    const outcome = ministry.getByRole('region', { name: 'Uitkomst van de controle' });
    await expect(outcome.getByRole('status')).toHaveText(/2 acties goedgekeurd\./);
    await expect(outcome).toContainText(`‘${changed}’ is intussen gewijzigd (versie 2); niet goedgekeurd.`);
    await expect(entry(ministry, fourth)).toBeFocused();
    await expect(badge(entry(ministry, first), 'goedgekeurd')).toBeVisible();
    await expect(badge(entry(ministry, third), 'goedgekeurd')).toBeVisible();
    await expect(badge(entry(ministry, changed), 'in bewerking')).toBeVisible();
  });

  await test.step('one approval taken back', async () => {
    await ministry.getByRole('button', { name: `Ongedaan maken: goedkeuren van ‘${first}’` }).click();
    const outcome = ministry.getByRole('region', { name: 'Uitkomst van de controle' });
    await expect(outcome.getByRole('status')).toHaveText(
      new RegExp(`Goedkeuren van ‘${first}’ ongedaan gemaakt; de actie staat weer op ‘klaar voor controle’\\.`),
    );
    await expect(badge(entry(ministry, first), 'klaar voor controle')).toBeVisible();
    await expect(entry(ministry, first)).toBeFocused();
    const undone = await withDatabase(async (client) =>
      (await client.query(`SELECT 1 FROM audit_log WHERE permission = 'entry.undoReview' AND round_id = $1`, [roundId])).rowCount,
    );
    expect(undone).toBe(1);
  });

  await test.step('one returned with a comment, said where it stays in view, with Ongedaan maken', async () => {
    const card = entry(ministry, fourth);
    await card.getByText('Terugsturen…').click();
    await card.getByLabel(`Opmerking voor de partner bij ‘${fourth}’`).fill('Graag de regio’s noemen.');
    await card.getByRole('button', { name: 'Terugsturen met opmerking' }).click();
    const outcome = ministry.getByRole('region', { name: 'Uitkomst van de controle' });
    await expect(outcome.getByRole('status')).toContainText(`‘${fourth}’: Teruggestuurd naar de partner`);
    await expect(outcome.getByRole('button', { name: `Ongedaan maken: terugsturen van ‘${fourth}’` })).toBeVisible();
    await expect(badge(entry(ministry, fourth), 'teruggestuurd')).toBeVisible();
    await expect(entry(ministry, first)).toBeFocused();
    await expectNoAxeViolations(ministry);
    await saveScreenshot(ministry, 'controle-na-terugsturen', { fullPage: false });
    await expectUsableOnAPhone(ministry, 'controle-na-terugsturen-360px', { fullPage: false });
  });
});
