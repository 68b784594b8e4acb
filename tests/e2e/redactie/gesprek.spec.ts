import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { saveScreenshot } from '../screenshot';
import { ACCOUNTS, signedInPage, usesThrowawayDatabase, withDatabase } from './support';

/**
 * The conversation about an entry and its versions: on the entry's own page the ministry returns it
 * with a comment, the partner answers in the workspace and sees the whole thread, the ministry reads
 * the answer there and on the review card, compares two versions word by word and restores the
 * first as a new version, which both sides see as *bewerkt door het ministerie*. Runs on a plan of
 * its own, so no other test's round is touched.
 */
const RUN = Date.now().toString(36);
const ACTION = `Gespreksactie ${RUN}`;
const RETURN_COMMENT = 'Graag de datum preciseren: welk kwartaal?';
const ANSWER = 'Het wordt het eerste kwartaal van 2027; de tekst is aangepast.';

/** An open round with one entry of JN: version 1 as the previous round had it, version 2 by the partner. */
async function openRoundWithEntry(): Promise<{ roundId: number; entryId: number }> {
  return withDatabase(async (client) => {
    const one = async (sql: string, values: unknown[]) => (await client.query<{ id: number }>(sql, values)).rows[0]!;
    const plan = await one(`INSERT INTO plans (slug, title, updated_at) VALUES ($1, 'Plan met gesprek', now()) RETURNING id`, [`e2e-gesprek-${RUN}`]);
    const line = await one(
      `INSERT INTO action_lines (plan_id, key, code, title, position) VALUES ($1, 'l1', '1', 'Eerste lijn', 0) RETURNING id`,
      [plan.id],
    );
    const action = await one(
      `INSERT INTO actions (plan_id, key, title, line_id, updated_at) VALUES ($1, 'a1', $2, $3, now()) RETURNING id`,
      [plan.id, ACTION, line.id],
    );
    await client.query(
      `INSERT INTO action_responsibilities (action_id, organisation_id, position) SELECT $1, id, 0 FROM organisations WHERE abbreviation = 'JN'`,
      [action.id],
    );
    const round = await one(
      `INSERT INTO reporting_rounds (plan_id, key, title, date, state, updated_at) VALUES ($1, 'gesprek', $2, '2026-12-20', 'OPEN', now()) RETURNING id`,
      [plan.id, `Ronde met gesprek ${RUN}`],
    );
    const entry = await one(
      `INSERT INTO action_entries (action_id, round_id, line_id, position, review_state) VALUES ($1, $2, $3, 0, 'READY_FOR_REVIEW') RETURNING id`,
      [action.id, round.id, line.id],
    );
    const version = (n: number, status: string, result: string, planning: string, by: string | null) =>
      one(
        `INSERT INTO action_updates (entry_id, version, title, status, result, planning, created_by_id)
         VALUES ($1, $2, $3, $4, $5, $6, (SELECT id FROM users WHERE email = $7)) RETURNING id`,
        [entry.id, n, ACTION, status, result, planning, by],
      );
    await version(1, 'IN_PROGRESS', 'De werving loopt in drie regio’s.', 'eind 2026', null);
    const second = await version(2, 'DELAYED', 'De werving loopt in vijf regio’s; de campagne is uitgesteld.', 'voorjaar 2027', ACCOUNTS.jn.email);
    await client.query('UPDATE action_entries SET current_update_id = $1 WHERE id = $2', [second.id, entry.id]);
    return { roundId: round.id, entryId: entry.id };
  });
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** A screenshot at 1280 px and at 360 px, where nothing scrolls sideways. */
async function screenshots(page: Page, name: string, fullPage = true) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await saveScreenshot(page, name, { fullPage });
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await saveScreenshot(page, `${name}-360px`, { fullPage });
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('the ministry returns an entry on its page, the partner answers, versions are compared and one restored', async ({ browser }) => {
  test.skip(!usesThrowawayDatabase, 'maakt een plan en ronde aan: alleen op de wegwerpdatabase van `npm test`');
  test.setTimeout(180_000);
  const { roundId, entryId } = await openRoundWithEntry();
  const detail = `/beheer/rondes/${roundId}/acties/${entryId}`;
  const ministry = await signedInPage(browser, ACCOUNTS.ministry);
  const partner = await signedInPage(browser, ACCOUNTS.jn);

  await test.step('the ministry returns the entry with a comment on its page', async () => {
    await ministry.goto(detail);
    await expect(ministry.getByRole('heading', { level: 1, name: ACTION })).toBeVisible();
    const review = ministry.getByRole('region', { name: 'Beoordelen (versie 2)' });
    await review.getByText('Terugsturen…').click();
    await review.getByLabel(`Opmerking voor de partner bij ‘${ACTION}’`).fill(RETURN_COMMENT);
    await review.getByRole('button', { name: 'Terugsturen met opmerking' }).click();
    await expect(ministry.getByText('Teruggestuurd naar de partner, met uw toelichting.')).toBeVisible();
    const thread = ministry.getByRole('list', { name: `Opmerkingen en antwoorden bij ${ACTION}` });
    await expect(thread.getByRole('listitem')).toHaveCount(1);
    await expect(thread).toContainText(`Teruggestuurd · ${ACCOUNTS.ministry.name} (ministerie) · bij versie 2`);
  });

  await test.step('the partner reads the thread in the workspace and answers', async () => {
    await partner.reload();
    const card = partner.getByRole('article', { name: ACTION });
    const thread = card.getByRole('list', { name: `Opmerkingen en antwoorden bij ${ACTION}` });
    await expect(thread).toContainText(RETURN_COMMENT);
    const answer = card.getByRole('form', { name: `Antwoord aan het ministerie: ${ACTION}` });
    await answer.getByLabel('Uw antwoord aan het ministerie').fill(ANSWER);
    await answer.getByRole('button', { name: 'Antwoord versturen' }).click();
    await expect(answer.getByRole('status')).toHaveText(/Uw antwoord is verstuurd/);
    await expect(thread.getByRole('listitem')).toHaveCount(2);
    await expect(thread.getByRole('listitem').nth(1)).toContainText(`Antwoord van de partner · ${ACCOUNTS.jn.name} (JN) · bij versie 2`);
    await expect(answer.getByLabel('Uw antwoord aan het ministerie')).toHaveValue('');
    await expectNoAxeViolations(partner);
    await card.getByRole('region', { name: `Gesprek met het ministerie: ${ACTION}` }).scrollIntoViewIfNeeded();
    await card.scrollIntoViewIfNeeded();
    await screenshots(partner, 'gesprek-werkruimte', false);
  });

  await test.step('the ministry sees the answer on the entry’s page and on the review card', async () => {
    await ministry.reload();
    const thread = ministry.getByRole('list', { name: `Opmerkingen en antwoorden bij ${ACTION}` });
    await expect(thread.getByRole('listitem').nth(1)).toContainText(ANSWER);
    await ministry.goto(`/beheer/rondes/${roundId}`);
    await expect(ministry.getByRole('article', { name: ACTION })).toContainText(`Antwoord van de partner (${ACCOUNTS.jn.name}): ${ANSWER}`);
  });

  await test.step('the ministry compares two versions word by word and restores version 1', async () => {
    await ministry.goto(detail);
    const compare = ministry.getByRole('region', { name: 'Versies vergelijken' });
    await expect(compare.getByRole('heading', { name: 'Versie 1 → versie 2' })).toBeVisible();
    await expect(compare.locator('ins').first()).toContainText('vijf');
    await expect(compare.locator('del').first()).toContainText('drie');
    await compare.getByLabel('Versie A (oud)').selectOption('2');
    await compare.getByLabel('Versie B (nieuw)').selectOption('1');
    await compare.getByRole('button', { name: 'Vergelijken' }).click();
    await expect(ministry).toHaveURL(/\?van=2&naar=1$/);
    await expect(compare.getByRole('heading', { name: 'Versie 2 → versie 1' })).toBeVisible();
    await expect(compare.getByText('Ongewijzigd')).toHaveCount(0);
    await expectNoAxeViolations(ministry);
    await screenshots(ministry, 'gesprek-actiepagina');

    await compare.getByRole('button', { name: 'Versie 1 terugzetten als nieuwe versie' }).click();
    await expect(compare.getByText('Versie 1 is teruggezet als versie 3.')).toBeVisible();
    const history = ministry.getByRole('table', { name: 'Alle opgeslagen versies, nieuwste eerst' });
    await expect(history.getByRole('row').nth(1)).toContainText(`${ACCOUNTS.ministry.name} (ministerie)`);
    await expect(history.getByRole('row').nth(2)).toContainText(`${ACCOUNTS.jn.name} (partner)`);
    await expect(ministry.getByText(`Bewerkt door het ministerie (${ACCOUNTS.ministry.name}, versie 3)`)).toBeVisible();
    const saved = await withDatabase(async (client) =>
      (await client.query<{ result: string; planning: string; status: string }>(
        'SELECT result, planning, status::text FROM action_updates WHERE entry_id = $1 AND version = 3',
        [entryId],
      )).rows,
    );
    expect(saved).toEqual([{ result: 'De werving loopt in drie regio’s.', planning: 'eind 2026', status: 'IN_PROGRESS' }]);

    // The edit form on the same page follows the restored version: saving from it is no conflict.
    const form = ministry.getByRole('form', { name: 'Stand van zaken bijwerken' });
    await expect(form.getByLabel('Resultaat / stand van zaken')).toHaveValue('De werving loopt in drie regio’s.');
    await form.getByLabel('Resultaat / stand van zaken').fill('De werving loopt in drie regio’s; een vierde volgt.');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect(form.getByText('Opgeslagen als versie 4.')).toBeVisible();
  });

  await test.step('the partner sees that the ministry edited the entry', async () => {
    await partner.reload();
    await expect(partner.getByRole('article', { name: ACTION }).getByText(`Bewerkt door het ministerie (${ACCOUNTS.ministry.name}, versie 4)`)).toBeVisible();
  });
});
