import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { saveScreenshot } from '../screenshot';
import { ACCOUNTS, signedInPage, usesThrowawayDatabase, withDatabase } from './support';

/**
 * A shared action, as the people who share it: the ministry adds an action for JN and NVP and
 * chooses JN as trekker; JN marks its entry ready, NVP changes it, and JN sees in the workspace
 * who changed what since, until JN marks it ready again. Runs on a plan of its own with an open
 * round, so no other test's round is touched.
 */
const RUN = Date.now().toString(36);
const TITLE = `Gedeelde werving ${RUN}`;

async function planWithOpenRound(): Promise<number> {
  return withDatabase(async (client) => {
    const plan = await client.query<{ id: number }>(`INSERT INTO plans (slug, title, updated_at) VALUES ($1, 'Plan voor samen', now()) RETURNING id`, [
      `e2e-samen-${RUN}`,
    ]);
    const planId = plan.rows[0]!.id;
    await client.query(`INSERT INTO action_lines (plan_id, key, code, title, position) VALUES ($1, 'l1', '1', 'Samen werven', 0)`, [planId]);
    await client.query(
      `INSERT INTO reporting_rounds (plan_id, key, title, date, state, updated_at) VALUES ($1, 'samen', $2, '2026-12-20', 'OPEN', now())`,
      [planId, `Samen najaar ${RUN}`],
    );
    return planId;
  });
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const card = (page: Page) => page.getByRole('article', { name: TITLE });

test('a co-partner’s edit of an entry marked ready shows up for the partner who marked it', async ({ browser }) => {
  test.skip(!usesThrowawayDatabase, 'maakt een plan en ronde aan: alleen op de wegwerpdatabase van `npm test`');
  test.setTimeout(180_000);
  const planId = await planWithOpenRound();
  const ministry = await signedInPage(browser, ACCOUNTS.ministry);

  await test.step('the ministry adds the action for NVP and JN and chooses JN as trekker', async () => {
    await ministry.goto(`/beheer/plannen/${planId}`);
    const add = ministry.locator('details', { has: ministry.getByText(/^Actie toevoegen aan /) });
    await add.getByText(/^Actie toevoegen aan /).click();
    await add.getByLabel('Titel', { exact: true }).fill(TITLE);
    await add.getByRole('checkbox', { name: 'NVP', exact: true }).check();
    await add.getByRole('checkbox', { name: 'JN', exact: true }).check();
    const lead = add.getByRole('group', { name: 'Trekker' });
    await expect(lead.getByRole('radio', { name: /^NVP / })).toBeChecked(); // the first chosen, until one is chosen
    await lead.getByRole('radio', { name: /^JN / }).check();
    await expectNoAxeViolations(ministry);
    await lead.scrollIntoViewIfNeeded();
    await saveScreenshot(ministry, 'actie-trekker-kiezen', { fullPage: false });
    await add.getByRole('button', { name: 'Actie toevoegen' }).click();
    await expect(add.getByText(`Actie ‘${TITLE}’ is toegevoegd.`)).toBeVisible();
    await expect(ministry.getByText('JN (trekker), NVP')).toBeVisible();
  });

  const jn = await signedInPage(browser, ACCOUNTS.jn);
  await test.step('JN sees the trekker and its partner, saves and marks the entry ready', async () => {
    await jn.goto('/werkruimte');
    // Seen: "JN (trekker), NVP"; heard: "JN (Jeugdzorg Nederland, trekker), NVP".
    await expect(card(jn)).toContainText(/Verantwoordelijk: JN \(trekker\)\(Jeugdzorg Nederland, trekker\), NVP/);
    await expect(card(jn)).not.toContainText('Laatst opgeslagen'); // only the empty version the ministry added
    await expect(card(jn)).toContainText('Samen met NVP; uw organisatie is trekker');
    await card(jn).getByLabel('Resultaat / stand van zaken').fill('De werving loopt in drie regio’s.');
    await card(jn).getByLabel('Wanneer (planning)').fill('eind 2027');
    await card(jn).getByRole('button', { name: 'Opslaan en klaar voor controle' }).click();
    await expect(card(jn).getByRole('status')).toContainText('Klaar voor controle');
  });

  await test.step('NVP sees JN as trekker and changes the text', async () => {
    const nvp = await signedInPage(browser, ACCOUNTS.nvp);
    await nvp.goto('/werkruimte');
    await expect(card(nvp)).toContainText('Samen met JN (trekker)');
    await expect(card(nvp)).toContainText(`Laatst opgeslagen door ${ACCOUNTS.jn.name} (JN)`);
    await card(nvp).getByLabel('Resultaat / stand van zaken').fill('De werving loopt in vier regio’s.');
    await card(nvp).getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expect(card(nvp).getByRole('status')).toContainText('Opgeslagen als versie');
    await expect(card(nvp).getByRole('note')).toHaveCount(0); // NVP marked nothing ready
    await nvp.context().close();
  });

  await test.step('JN sees who changed what since it marked the entry ready', async () => {
    await jn.reload();
    const notice = card(jn).getByRole('note', { name: /heeft deze actie gewijzigd/ });
    await expect(notice).toContainText(`${ACCOUNTS.nvp.name} (NVP) heeft deze actie gewijzigd nadat u haar klaar voor controle zette (op `);
    await expect(notice.locator('del')).toContainText('drie');
    await expect(notice.locator('ins')).toContainText('vier');
    await expect(notice).toContainText('zet de actie daarna opnieuw klaar voor controle');
    await expect(card(jn)).toContainText(`Laatst opgeslagen door ${ACCOUNTS.nvp.name} (NVP)`);
    await expectNoAxeViolations(jn);
    await card(jn).scrollIntoViewIfNeeded();
    await saveScreenshot(jn, 'werkruimte-gewijzigd-door-partner', { fullPage: false });
    await jn.setViewportSize({ width: 360, height: 800 });
    expect(await jn.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await notice.scrollIntoViewIfNeeded();
    await saveScreenshot(jn, 'werkruimte-gewijzigd-door-partner-360px', { fullPage: false });
    await jn.setViewportSize({ width: 1280, height: 900 });
  });

  await test.step('JN marks it ready again; the notice is gone', async () => {
    await card(jn).getByRole('button', { name: 'Opslaan en klaar voor controle' }).click();
    await expect(card(jn).getByRole('status')).toContainText('Klaar voor controle');
    await jn.reload();
    await expect(card(jn)).toContainText('Samen met NVP');
    await expect(card(jn).getByRole('note', { name: /heeft deze actie gewijzigd/ })).toHaveCount(0);
  });

  await test.step('the ministry makes NVP the trekker on the action’s page; JN’s workspace follows', async () => {
    await ministry.getByRole('link', { name: TITLE }).click();
    const lead = ministry.getByRole('group', { name: 'Trekker' });
    await expect(lead.getByRole('radio', { name: /^JN / })).toBeChecked();
    await lead.getByRole('radio', { name: /^NVP / }).check();
    await ministry.getByRole('button', { name: 'Actie opslaan' }).click();
    await expect(ministry.getByText('De actie is bijgewerkt.')).toBeVisible();
    await jn.reload();
    await expect(card(jn)).toContainText('Samen met NVP (trekker)');
    await expect(card(jn)).toContainText(/Verantwoordelijk: NVP \(trekker\)/);
  });
});
