import { expect, test, type Page } from '@playwright/test';
import { saveScreenshot } from '../screenshot';
import { ACCOUNTS, signedInPage, usesThrowawayDatabase, withDatabase } from './support';
import { addCalendarDays, amsterdamInstant, amsterdamIsoDate } from '@/lib/rounds/amsterdam-time';
import { formatInputDeadline } from '@/lib/rounds/deadline-notice';

/**
 * The input deadline of a round, as the ministry sets it and a partner reads it: the ministry opens
 * a round with a deadline five days ahead, the partner sees it with the days left in the
 * workspace, the ministry moves it to a time of day, then closes (confirmed) and reopens the round.
 * Runs on a plan of its own without published rounds, so nothing public and no other test's round
 * is touched.
 */
// A title of its own per run: a database kept from an earlier run still has that run's round.
const ROUND = `Voortgang met inlevertermijn ${Date.now().toString(36)}`;

async function planWithDraftRound(): Promise<number> {
  return withDatabase(async (client) => {
    const slug = `e2e-termijn-${Date.now()}`;
    const plan = await client.query<{ id: number }>(`INSERT INTO plans (slug, title, updated_at) VALUES ($1, 'Plan met termijn', now()) RETURNING id`, [slug]);
    const planId = plan.rows[0]!.id;
    const line = await client.query<{ id: number }>(
      `INSERT INTO action_lines (plan_id, key, code, title, position) VALUES ($1, 'l1', '1', 'Eerste lijn', 0) RETURNING id`,
      [planId],
    );
    const action = await client.query<{ id: number }>(
      `INSERT INTO actions (plan_id, key, title, line_id, updated_at) VALUES ($1, 'a1', 'Termijnactie van JN', $2, now()) RETURNING id`,
      [planId, line.rows[0]!.id],
    );
    await client.query(
      `INSERT INTO action_responsibilities (action_id, organisation_id, position) SELECT $1, id, 0 FROM organisations WHERE abbreviation = 'JN'`,
      [action.rows[0]!.id],
    );
    const round = await client.query<{ id: number }>(
      `INSERT INTO reporting_rounds (plan_id, key, title, date, state, updated_at) VALUES ($1, 'termijn', $2, '2026-12-20', 'DRAFT', now()) RETURNING id`,
      [planId, ROUND],
    );
    return round.rows[0]!.id;
  });
}

async function screenshots(page: Page, name: string) {
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await saveScreenshot(page, name, { fullPage: false });
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await saveScreenshot(page, `${name}-360px`, { fullPage: false });
  await page.setViewportSize({ width: 1280, height: 1000 });
}

test('the ministry opens a round with an input deadline; the partner sees it with the days left', async ({ browser }) => {
  test.skip(!usesThrowawayDatabase, 'maakt een plan en ronde aan: alleen op de wegwerpdatabase van `npm test`');
  test.setTimeout(180_000);
  const roundId = await planWithDraftRound();
  const deadlineDate = addCalendarDays(amsterdamIsoDate(new Date()), 5);
  const endOfDay = formatInputDeadline(amsterdamInstant(deadlineDate, '23:59'));
  const ministry = await signedInPage(browser, ACCOUNTS.ministry);
  const partner = await signedInPage(browser, ACCOUNTS.jn);

  await test.step('the ministry opens the round with a deadline five days ahead', async () => {
    await ministry.goto(`/beheer/rondes/${roundId}`);
    const open = ministry.getByRole('form', { name: 'Openen voor invoer' });
    await expect(open.getByLabel('Herinnering (dagen vooraf)')).toHaveValue('5');
    await screenshots(ministry, 'round-open-form');
    await open.getByLabel('Inleveren vóór (datum)').fill(deadlineDate);
    await open.getByRole('button', { name: 'Openen voor invoer' }).click();
    await expect(ministry.getByText(`De ronde is open voor invoer tot ${endOfDay}; 1 actie staat klaar`)).toBeVisible();
    await ministry.reload();
    await expect(ministry.getByText(`Inleveren vóór ${endOfDay} — nog 5 dagen`)).toBeVisible();
    await screenshots(ministry, 'round-deadline');
  });

  await test.step('the partner sees the deadline and the days left in the workspace', async () => {
    await partner.reload();
    const round = partner.getByRole('region', { name: ROUND });
    await expect(round.getByText(`Inleveren vóór ${endOfDay} — nog 5 dagen`)).toBeVisible();
    await round.scrollIntoViewIfNeeded();
    await screenshots(partner, 'workspace-deadline');
  });

  await test.step('the ministry gives the deadline a time; the partner sees it', async () => {
    await ministry.getByText('Titel, datum en inlevertermijn wijzigen').click();
    const edit = ministry.getByRole('form', { name: 'Ronde wijzigen' });
    await expect(edit.getByLabel('Inleveren vóór (datum)')).toHaveValue(deadlineDate);
    await edit.getByLabel('Tijd (niet verplicht)').fill('12:00');
    await edit.getByRole('button', { name: 'Ronde opslaan' }).click();
    await expect(edit.getByText('De ronde is bijgewerkt.')).toBeVisible();
    await partner.reload();
    const noon = formatInputDeadline(amsterdamInstant(deadlineDate, '12:00'));
    await expect(partner.getByRole('region', { name: ROUND }).getByText(`Inleveren vóór ${noon} — nog 5 dagen`)).toBeVisible();
  });

  await test.step('closing asks for a confirmation and says what follows; a closed round can be reopened', async () => {
    await ministry.reload();
    const close = ministry.getByRole('form', { name: 'Sluiten voor invoer' });
    await expect(close.getByText('Na sluiten kunnen partners niet meer bewerken')).toBeVisible();
    await close.getByLabel('Ik sluit de ronde: partners kunnen daarna niet meer bewerken.').check();
    await close.getByRole('button', { name: 'Sluiten voor invoer' }).click();
    await expect(ministry.getByText('De ronde is gesloten: partners kunnen niet meer wijzigen.')).toBeVisible();
    await ministry.getByText('Ronde heropenen voor invoer').click();
    await screenshots(ministry, 'round-closed');
    const reopen = ministry.getByRole('form', { name: 'Heropenen voor invoer' });
    await reopen.getByLabel('Ik heropen de ronde: partners kunnen daarna weer bewerken.').check();
    await reopen.getByRole('button', { name: 'Heropenen voor invoer' }).click();
    await expect(ministry.getByText('De ronde is weer open voor invoer: partners kunnen hun acties weer bijwerken.')).toBeVisible();
    await partner.reload();
    await expect(partner.getByRole('region', { name: ROUND }).getByRole('button', { name: 'Opslaan', exact: true })).toBeVisible();
  });

  await ministry.context().close();
  await partner.context().close();
});
