import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { saveScreenshot } from '../screenshot';
import { ACCOUNTS, signedInPage, usesThrowawayDatabase, withDatabase } from './support';

/**
 * The audit trail as the Woo asks for it: a partner saves an entry, the ministry goes from the
 * action's page to the audit log of that action, narrows it to saves, reads who did what in Dutch
 * (no codes, no JSON), opens the line's permalink and downloads the selection as CSV.
 * Runs on a plan of its own, so no other test's round is touched.
 */
const RUN = Date.now().toString(36);
const PLAN = `Plan voor het auditlog ${RUN}`;
const ROUND = `Ronde voor het auditlog ${RUN}`;
const ACTION = `Auditactie van JN ${RUN}`;
const RESULT = 'Werving van pleeggezinnen loopt; twaalf nieuwe gezinnen gevonden.';

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function expectDutch(page: Page) {
  const text = await page.getByRole('main').innerText();
  for (const code of ['IN_PROGRESS', 'NOT_STARTED', 'READY_FOR_REVIEW', 'DELAYED', '{"', 'update.save']) expect(text).not.toContain(code);
}

async function screenshots(page: Page, name: string) {
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await saveScreenshot(page, name, { fullPage: true });
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await saveScreenshot(page, `${name}-360px`, { fullPage: true });
  await page.setViewportSize({ width: 1280, height: 1000 });
}

async function planWithDraftRound() {
  return withDatabase(async (client) => {
    const plan = await client.query<{ id: number }>(`INSERT INTO plans (slug, title, updated_at) VALUES ($1, $2, now()) RETURNING id`, [`e2e-audit-${RUN}`, PLAN]);
    const planId = plan.rows[0]!.id;
    const line = await client.query<{ id: number }>(
      `INSERT INTO action_lines (plan_id, key, code, title, position) VALUES ($1, 'l1', 'A1', 'Werving', 0) RETURNING id`,
      [planId],
    );
    const action = await client.query<{ id: number }>(
      `INSERT INTO actions (plan_id, key, title, line_id, updated_at) VALUES ($1, 'a1', $2, $3, now()) RETURNING id`,
      [planId, ACTION, line.rows[0]!.id],
    );
    const actionId = action.rows[0]!.id;
    await client.query(`INSERT INTO action_responsibilities (action_id, organisation_id, position) SELECT $1, id, 0 FROM organisations WHERE abbreviation = 'JN'`, [actionId]);
    const round = await client.query<{ id: number }>(
      `INSERT INTO reporting_rounds (plan_id, key, title, date, state, updated_at) VALUES ($1, 'audit', $2, '2026-12-20', 'DRAFT', now()) RETURNING id`,
      [planId, ROUND],
    );
    return { planId, actionId, roundId: round.rows[0]!.id };
  });
}

test('the ministry reads the audit log of one action in Dutch and exports it as CSV', async ({ browser }) => {
  test.skip(!usesThrowawayDatabase, 'maakt een plan en ronde aan: alleen op de wegwerpdatabase van `npm test`');
  test.setTimeout(180_000);
  const { planId, actionId, roundId } = await planWithDraftRound();
  const ministry = await signedInPage(browser, ACCOUNTS.ministry);
  const partner = await signedInPage(browser, ACCOUNTS.jn);

  await test.step('the ministry opens the round; the partner saves the entry', async () => {
    await ministry.goto(`/beheer/rondes/${roundId}`);
    const open = ministry.getByRole('form', { name: 'Openen voor invoer' });
    await open.getByLabel('Inleveren vóór (datum)').fill(new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10));
    await open.getByRole('button', { name: 'Openen voor invoer' }).click();
    await expect(ministry.getByText(/De ronde is open voor invoer tot .*; 1 actie staat klaar/)).toBeVisible();

    await partner.reload();
    const entry = partner.getByRole('region', { name: ROUND }).getByRole('article', { name: ACTION });
    await entry.getByLabel('Status').selectOption({ label: 'vertraagd' });
    await entry.getByLabel('Resultaat / stand van zaken').fill(RESULT);
    await entry.getByLabel('Wanneer (planning)').fill('voorjaar 2027');
    await entry.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expect(entry.getByRole('status')).toContainText('Opgeslagen als versie 2');
  });

  const subject = `actie ‘${ACTION}’ in ronde ‘${ROUND}’ (${PLAN})`;
  await test.step('from the action’s page to its audit log, narrowed to saves, in Dutch', async () => {
    await ministry.goto(`/beheer/plannen/${planId}/acties/${actionId}`);
    await ministry.getByRole('link', { name: 'auditlog van deze actie' }).click();
    await expect(ministry).toHaveURL(new RegExp(`/beheer/audit\\?actie=${actionId}$`));
    await expect(ministry.getByRole('status')).toHaveText('1 regel · pagina 1 van 1');
    const filters = ministry.getByRole('search', { name: 'Auditlog filteren' });
    await expect(filters.getByLabel('Actie')).toHaveValue(String(actionId));
    await filters.getByLabel('Soort wijziging').selectOption({ label: 'stand van zaken opgeslagen' });
    await filters.getByLabel('Organisatie').selectOption({ label: 'JN' });
    await filters.getByRole('button', { name: 'Toon' }).click();
    await expect(ministry).toHaveURL(/organisatie=\d+.*actie=\d+.*soort=update\.save/);

    const line = ministry.getByRole('article', { name: 'Stand van zaken opgeslagen' });
    await expect(line).toHaveCount(1);
    await expect(line).toContainText(`Petra Partner (JN) · ${subject}`);
    await expect(line.getByRole('definition').filter({ hasText: 'vertraagd' })).toHaveText(/^nog niet gestart\W+wordt vertraagd$/);
    await expect(line.getByRole('insertion').filter({ hasText: RESULT })).toHaveCount(1);
    await expect(line.getByRole('link', { name: `‘${ACTION}’` })).toHaveAttribute('href', `/beheer/plannen/${planId}/acties/${actionId}`);
    await expectDutch(ministry);
    await expectNoAxeViolations(ministry);
    await screenshots(ministry, 'auditlog');
  });

  await test.step('the permalink shows the line in full', async () => {
    await ministry.getByRole('link', { name: /^regel \d+$/ }).click();
    await expect(ministry.getByRole('heading', { level: 1, name: /^Regel \d+: stand van zaken opgeslagen$/ })).toBeVisible();
    await expect(ministry.getByRole('main')).toContainText(subject);
    await expect(ministry.getByRole('main')).toContainText('Versie');
    await expectDutch(ministry);
    await expectNoAxeViolations(ministry);
    await screenshots(ministry, 'auditlog-regel');
    await ministry.goBack();
  });

  await test.step('the round’s log: its opening and the save, each in words', async () => {
    await ministry.goto(`/beheer/audit?ronde=${roundId}`);
    await expect(ministry.getByRole('status')).toHaveText('2 regels · pagina 1 van 1');
    const opened = ministry.getByRole('article', { name: 'Ronde geopend' });
    await expect(opened).toContainText(`Mira Ministerie (ministerie) · ronde ‘${ROUND}’ (${PLAN})`);
    await expect(opened.getByRole('definition').first()).toHaveText(/^concept\W+wordt open voor invoer$/);
    await expectDutch(ministry);
    await screenshots(ministry, 'auditlog-ronde');
    await ministry.goBack();
  });

  await test.step('the selection downloads as CSV, in Dutch', async () => {
    const [download] = await Promise.all([ministry.waitForEvent('download'), ministry.getByRole('link', { name: 'Download deze selectie als CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^auditlog-organisatie-\\d+-actie-${actionId}-soort-update-save-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const text = (await readFile(await download.path())).toString('utf8');
    const rows = parse(text, { delimiter: ';', bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ Wie: 'Petra Partner (JN)', Wat: 'stand van zaken opgeslagen', Onderwerp: subject });
    expect(rows[0]!.Omschrijving).toContain('Status: nog niet gestart → vertraagd');
    expect(rows[0]!.Na).toContain(`Resultaat / stand van zaken: ${RESULT}`);
    for (const code of ['IN_PROGRESS', 'NOT_STARTED', 'DELAYED', '{"']) expect(text).not.toContain(code);
  });
});
