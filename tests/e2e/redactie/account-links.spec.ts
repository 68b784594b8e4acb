import { expect, test, type Browser, type Page } from '@playwright/test';
import { saveScreenshot } from '../screenshot';
import { ACCOUNTS, PASSWORD, signIn, signedInPage, usesThrowawayDatabase, withDatabase } from './support';

/**
 * Accounts by one-time link, in Chromium against the production server: the ministry invites a
 * person, who follows the link from the outbox and chooses a password; "Wachtwoord vergeten?" end
 * to end; one's own password and reminders on /account.
 */

test.skip(!usesThrowawayDatabase, 'maakt accounts en wachtwoorden: alleen op de wegwerpdatabase van npm test');

const NEW_PASSWORD = 'e2e-zelf-gekozen-wachtwoord';
const LINK_UNUSABLE = 'Deze link is verlopen of al gebruikt. Vraag een nieuwe aan.';

/** The newest mail of `kind` to `email` in the outbox, and the path of its link. */
async function linkFromOutbox(email: string, kind: 'account.invitation' | 'account.password-reset') {
  const text = await withDatabase(async (client) => {
    const { rows } = await client.query<{ text: string }>(
      `SELECT text FROM mail_messages WHERE to_address = $1 AND kind = $2 ORDER BY id DESC LIMIT 1`,
      [email, kind],
    );
    return rows[0]?.text;
  });
  expect(text, `geen ${kind} voor ${email}`).toBeTruthy();
  const url = new URL(/https?:\/\/\S+\?token=[A-Za-z0-9_-]+/.exec(text!)![0]);
  return `${url.pathname}${url.search}`;
}

/** Opens a one-time link in a fresh browser, checks it sends no Referer, and takes both screenshots. */
async function openLink(browser: Browser, link: string, shot: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 360, height: 800 } })).newPage();
  const response = await page.goto(link);
  expect(response?.status()).toBe(200);
  expect(response?.headers()['referrer-policy']).toBe('no-referrer');
  await saveScreenshot(page, `${shot}-360`);
  await page.setViewportSize({ width: 1280, height: 900 });
  await saveScreenshot(page, shot);
  return page;
}

async function choosePassword(page: Page, button: string) {
  await page.getByLabel(/^(Kies een wachtwoord|Nieuw wachtwoord)/).fill(NEW_PASSWORD);
  await page.getByLabel('Herhaal het wachtwoord').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: button }).click();
  await expect(page).toHaveURL(/\/inloggen\?melding=/);
}

test('the ministry invites a person, who chooses a password with the link and signs in; the link then no longer works', async ({ browser }) => {
  const email = `e2e-uitgenodigd-${Date.now()}@voortgang.test`;
  const ministry = await signedInPage(browser, ACCOUNTS.ministry);
  await ministry.goto('/beheer/gebruikers');
  await ministry.getByLabel('E-mailadres').fill(email);
  await ministry.getByLabel('Naam').fill('Ivo Uitgenodigd');
  await ministry.getByLabel('Rol').selectOption('PARTNER_EDITOR');
  await ministry.getByLabel('Organisatie').selectOption({ label: 'JN — Jeugdzorg Nederland' });
  await ministry.getByRole('button', { name: 'Account maken en uitnodiging sturen' }).click();
  await expect(ministry.getByRole('status').filter({ hasText: `Account voor ${email} is gemaakt en de uitnodiging is verstuurd.` })).toBeVisible();
  await ministry.reload();
  const row = ministry.getByRole('row', { name: /Ivo Uitgenodigd/ });
  await expect(row).toContainText('uitgenodigd, nog niet geactiveerd');
  await expect(row.getByRole('button', { name: 'Uitnodiging opnieuw versturen aan Ivo Uitgenodigd' })).toBeVisible();
  await saveScreenshot(ministry, 'gebruikers-uitgenodigd');
  await ministry.setViewportSize({ width: 360, height: 800 });
  // On a phone every account is a card: the list fits the screen instead of scrolling sideways.
  const list = ministry.getByRole('table', { name: 'Alle accounts' });
  expect(await list.evaluate((table) => table.scrollWidth - table.parentElement!.clientWidth)).toBeLessThanOrEqual(0);
  await expect(row.getByRole('cell', { name: email })).toBeVisible();
  await saveScreenshot(ministry, 'gebruikers-uitgenodigd-360');

  const link = await linkFromOutbox(email, 'account.invitation');
  expect(link).toMatch(/^\/account\/activeren\?token=/);
  const invitee = await openLink(browser, link, 'account-activeren');
  await expect(invitee.getByRole('heading', { level: 1, name: 'Account activeren' })).toBeVisible();
  await expect(invitee.getByText(email)).toBeVisible();
  await choosePassword(invitee, 'Wachtwoord instellen');
  await expect(invitee.getByRole('status').filter({ hasText: 'Uw wachtwoord is ingesteld.' })).toBeVisible();
  await saveScreenshot(invitee, 'inloggen-na-activeren');
  await signIn(invitee, { email, name: 'Ivo Uitgenodigd', role: 'PARTNER_EDITOR', organisation: 'JN' }, NEW_PASSWORD);

  const again = await invitee.goto(link);
  expect(again?.status()).toBe(404);
  expect(again?.headers()['referrer-policy']).toBe('no-referrer');
  await expect(invitee.getByText(LINK_UNUSABLE)).toBeVisible();
  await saveScreenshot(invitee, 'link-verlopen');
  await invitee.setViewportSize({ width: 360, height: 800 });
  await saveScreenshot(invitee, 'link-verlopen-360');

  await ministry.reload();
  await expect(ministry.getByRole('row', { name: /Ivo Uitgenodigd/ })).not.toContainText('uitgenodigd, nog niet geactiveerd');
  await expect(ministry.getByRole('row', { name: /Ivo Uitgenodigd/ }).getByRole('cell').last()).toHaveText('actief');
});

test('a forgotten password: the same answer for any address, a link by mail, a new password, sign in', async ({ page, browser }) => {
  const account = ACCOUNTS.jnForgot;
  await page.goto('/inloggen');
  await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wachtwoord vergeten' })).toBeVisible();
  await saveScreenshot(page, 'wachtwoord-vergeten');
  await page.getByLabel('E-mailadres').fill('niemand-e2e@voortgang.test');
  await page.getByRole('button', { name: 'Stuur mij een link' }).click();
  const answer = page.getByRole('status').filter({ hasText: 'Als er een account bij dit e-mailadres hoort' });
  await expect(answer).toBeVisible();
  const unknownAnswer = await answer.textContent();
  await page.reload();
  await page.getByLabel('E-mailadres').fill(account.email);
  await page.getByRole('button', { name: 'Stuur mij een link' }).click();
  await expect(answer).toBeVisible();
  expect(await answer.textContent()).toBe(unknownAnswer);
  await page.setViewportSize({ width: 360, height: 800 });
  await saveScreenshot(page, 'wachtwoord-vergeten-verstuurd-360');

  const link = await linkFromOutbox(account.email, 'account.password-reset');
  expect(link).toMatch(/^\/wachtwoord\/herstellen\?token=/);
  const reset = await openLink(browser, link, 'wachtwoord-herstellen');
  await expect(reset.getByRole('heading', { level: 1, name: 'Nieuw wachtwoord kiezen' })).toBeVisible();
  await choosePassword(reset, 'Nieuw wachtwoord instellen');
  await expect(reset.getByRole('status').filter({ hasText: 'Uw nieuwe wachtwoord is ingesteld' })).toBeVisible();
  await signIn(reset, account, NEW_PASSWORD);
  expect((await reset.goto(link))?.status()).toBe(404);
});

test('on /account a person turns reminders off and changes the password, which signs every session out', async ({ browser }) => {
  const account = ACCOUNTS.nvpOwn;
  const page = await signedInPage(browser, account);
  const otherDevice = await browser.newContext();
  await otherDevice.addCookies(await page.context().cookies());
  await page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: account.name }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn account' })).toBeVisible();
  await saveScreenshot(page, 'mijn-account');

  await page.getByLabel('Herinneringen voor de inlevertermijn ontvangen').uncheck();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen: u krijgt geen herinneringen' })).toBeVisible();
  await expect(page.getByLabel('Herinneringen voor de inlevertermijn ontvangen')).not.toBeChecked();
  const enabled = await withDatabase(async (client) => (await client.query(`SELECT reminders_enabled FROM users WHERE email = $1`, [account.email])).rows[0]);
  expect(enabled).toEqual({ reminders_enabled: false });

  await page.getByLabel('Huidig wachtwoord').fill('niet-het-goede-wachtwoord');
  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel('Herhaal het nieuwe wachtwoord').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Uw huidige wachtwoord klopt niet.' })).toBeVisible();
  await page.setViewportSize({ width: 360, height: 800 });
  await saveScreenshot(page, 'mijn-account-360');

  await page.getByLabel('Huidig wachtwoord').fill(PASSWORD);
  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel('Herhaal het nieuwe wachtwoord').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
  await expect(page).toHaveURL(/\/inloggen\?melding=wachtwoord-gewijzigd/);
  await expect(page.getByRole('status').filter({ hasText: 'Uw wachtwoord is gewijzigd' })).toBeVisible();
  expect(await (await otherDevice.request.get('/api/auth/session')).json()).toEqual({});
  expect(await (await page.context().request.get('/api/auth/session')).json()).toEqual({});
  await signIn(page, account, NEW_PASSWORD);
  await page.goto('/account');
  await expect(page.getByLabel('Herinneringen voor de inlevertermijn ontvangen')).not.toBeChecked();
});
