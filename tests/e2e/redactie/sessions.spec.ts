import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { ACCOUNTS, PASSWORD, signIn } from './support';

/** Return addresses, sign-out and the device cookie, in a real browser against the production server. */

const HOSTILE_RETURN_ADDRESSES = ['/%09/evil.example/phish', '/%0a/x', '//evil.example', '/%5Cevil.example', 'https://evil.example/'];

async function sessionCookie(context: BrowserContext) {
  return (await context.cookies()).find((cookie) => cookie.name.endsWith('next-auth.session-token'));
}

async function sessionOf(context: BrowserContext) {
  return (await context.request.get('/api/auth/session')).json();
}

/** One sign-in attempt through the form, waiting for next-auth's answer. */
async function submitSignIn(page: Page, email: string, password: string) {
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  const answer = page.waitForResponse((response) => response.url().includes('/api/auth/callback/credentials'));
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await answer;
}

test('a return address never leads to another site: not after signing in, not for a signed-in user', async ({ page, baseURL }) => {
  const offSite = (url: URL) => url.hostname === 'evil.example';
  await page.context().route(offSite, (route) => route.fulfill({ contentType: 'text/html', body: '<h1>Nep</h1>' }));
  await page.goto('/inloggen?terug=/%09/evil.example/phish');
  await submitSignIn(page, ACCOUNTS.nvp.email, PASSWORD);
  await expect(page.getByRole('heading', { level: 1, name: 'Werkruimte NVP' })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);

  for (const terug of HOSTILE_RETURN_ADDRESSES) {
    const response = await page.request.get(`/inloggen?terug=${terug}`, { maxRedirects: 0 });
    expect(response.status(), terug).toBe(307);
    expect(new URL(response.headers()['location']!, baseURL).href, terug).toBe(new URL('/werkruimte', baseURL).href);
  }
  const kept = await page.request.get(`/inloggen?terug=${encodeURIComponent('/werkruimte?ronde=2')}`, { maxRedirects: 0 });
  expect(new URL(kept.headers()['location']!, baseURL).href).toBe(new URL('/werkruimte?ronde=2', baseURL).href);
});

test('signing out ends the session on every device: a copied session cookie no longer works', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, ACCOUNTS.jnCopiedCookie);
  const copied = (await sessionCookie(context))!;
  const otherDevice = await browser.newContext();
  await otherDevice.addCookies([copied]);
  expect(await sessionOf(otherDevice)).toMatchObject({ user: { name: ACCOUNTS.jnCopiedCookie.name } });

  await page.getByRole('navigation', { name: 'Account' }).getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page.getByRole('link', { name: 'Inloggen' })).toBeVisible();

  const replay = await browser.newContext();
  await replay.addCookies([copied]);
  expect(await sessionOf(replay)).toEqual({});
  const replayPage = await replay.newPage();
  await replayPage.goto('/werkruimte');
  await expect(replayPage).toHaveURL(/\/inloggen\?terug=%2Fwerkruimte$/);
  expect(await sessionOf(otherDevice)).toEqual({});
  await Promise.all([context.close(), otherDevice.close(), replay.close()]);
});

test('an attacker’s failed guesses do not lock out the owner’s browser; an unknown browser must wait', async ({ browser }) => {
  const account = ACCOUNTS.nvpDevice;
  const owner = await browser.newContext();
  const ownerPage = await owner.newPage();
  await signIn(ownerPage, account);
  const device = (await owner.cookies()).find((cookie) => cookie.name.endsWith('voortgang-device'));
  expect(device).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  expect(device!.expires * 1000 - Date.now()).toBeGreaterThan(30 * 86_400_000);
  await ownerPage.getByRole('navigation', { name: 'Account' }).getByRole('button', { name: 'Uitloggen' }).click();
  await expect(ownerPage.getByRole('link', { name: 'Inloggen' })).toBeVisible();

  const attacker = await (await browser.newContext()).newPage();
  await attacker.goto('/inloggen');
  for (let attempt = 0; attempt < 6; attempt++) await submitSignIn(attacker, account.email, `geraden-${attempt}`);
  await expect(attacker.getByRole('main').getByRole('alert')).toHaveText(/Te veel mislukte pogingen/);

  const stranger = await (await browser.newContext()).newPage();
  await stranger.goto('/inloggen');
  await submitSignIn(stranger, account.email, PASSWORD);
  await expect(stranger.getByRole('main').getByRole('alert')).toHaveText(/Te veel mislukte pogingen/);

  await signIn(ownerPage, account);
  await Promise.all([owner.close(), attacker.context().close(), stranger.context().close()]);
});
