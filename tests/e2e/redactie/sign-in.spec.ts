import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { saveScreenshot } from '../screenshot';
import { ACCOUNTS, PASSWORD, signIn } from './support';

test('a partner signs in, gets a Dutch message for a wrong password, and signs out', async ({ page }) => {
  await page.goto('/werkruimte');
  await expect(page).toHaveURL(/\/inloggen\?terug=%2Fwerkruimte$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
  await saveScreenshot(page, 'sign-in');
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await saveScreenshot(page, 'sign-in-360px', { fullPage: false });
  await page.setViewportSize({ width: 1280, height: 720 });

  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByText('Vul uw e-mailadres in.')).toBeVisible();
  await page.getByLabel('E-mailadres').fill(ACCOUNTS.jnSignOut.email);
  await page.getByLabel('Wachtwoord').fill('niet-het-wachtwoord');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(/Het e-mailadres of het wachtwoord klopt niet\./);

  await signIn(page, ACCOUNTS.jnSignOut);
  await expect(page).toHaveURL(/\/werkruimte$/);
  const account = page.getByRole('navigation', { name: 'Account' });
  await expect(account.getByRole('link', { name: 'Werkruimte' })).toBeVisible();

  const [session] = (await page.context().cookies()).filter((c) => c.name.endsWith('next-auth.session-token'));
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  expect(session!.expires * 1000 - Date.now()).toBeLessThanOrEqual(8 * 3600 * 1000 + 60_000);

  await account.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page.getByRole('link', { name: 'Inloggen' })).toBeVisible();
  await page.goto('/werkruimte');
  await expect(page).toHaveURL(/\/inloggen/);
});

test('a partner gets “not found” for every management page', async ({ page }) => {
  await signIn(page, ACCOUNTS.nvp);
  for (const path of ['/beheer', '/beheer/audit', '/beheer/gebruikers', '/beheer/rondes/1']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { name: 'Pagina niet gevonden' })).toBeVisible();
  }
});

test('every response carries the security headers, and errors show no internals', async ({ request }) => {
  const plan = '/plannen/actieplan-pleegzorg'; // twice: the second may come from the page cache
  for (const path of ['/', '/inloggen', '/api/health', '/api/public/plans/bestaat-niet', '/bestaat-niet', '/api/auth/session', plan, plan]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy'], path).toContain("default-src 'self'");
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['x-frame-options'], path).toBe('DENY');
    expect(headers['x-powered-by'], path).toBeUndefined();
    const body = await response.text();
    // No stack frames ("at fn (/app/…:12:5)"), SQL, Prisma, file paths or secrets.
    expect(body, path).not.toMatch(/\bat [\w.$<>]+ \((?:\/|file:|node:)|prisma|SELECT .* FROM|node_modules|NEXTAUTH_SECRET/i);
  }
  const forged = await request.post('/api/auth/callback/credentials', {
    form: { email: ACCOUNTS.ministry.email, password: PASSWORD, csrfToken: 'vervalst' },
    maxRedirects: 0,
  });
  expect(forged.status()).toBe(302);
  expect(forged.headers()['location']).toContain('csrf=true');
  expect(forged.headers()['set-cookie'] ?? '').not.toContain('session-token');
});

test('the demo accounts printed by `npm start` sign in (embedded database only)', async ({ page }) => {
  const file = path.join(__dirname, '..', '..', '..', '.data', 'demo-accounts.json');
  test.skip(Boolean(process.env.DATABASE_URL) || !existsSync(file), 'demo-accounts bestaan alleen in de ingebouwde demo');
  const passwords = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  await signIn(page, { ...ACCOUNTS.ministry, email: 'ministerie@voortgang.demo' }, passwords['ministerie@voortgang.demo']);
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page.getByRole('link', { name: 'Inloggen' })).toBeVisible();
  await signIn(page, { ...ACCOUNTS.jn, email: 'jn@voortgang.demo' }, passwords['jn@voortgang.demo']);
});
