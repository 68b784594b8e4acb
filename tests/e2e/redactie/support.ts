import { expect, type Browser, type Page } from '@playwright/test';
import pg from 'pg';

/**
 * Accounts and database access for the editing tests. The accounts are made by accounts.setup.ts
 * directly in the app's database: the same Postgres server as the app (DATABASE_URL), or the
 * embedded database that `npm start` serves on EMBEDDED_DB_PORT.
 */
export const PASSWORD = 'e2e-wachtwoord-niet-voor-productie';

// Signing out ends every session of an account, so each test that signs out has an account of its own
// (tests in other files run at the same time).
export const ACCOUNTS: Record<'ministry' | 'jn' | 'nvp' | 'jnSignOut' | 'jnCopiedCookie' | 'nvpDevice' | 'jnForgot' | 'nvpOwn', Account> = {
  ministry: { email: 'e2e-ministerie@voortgang.test', name: 'Mira Ministerie', role: 'MINISTRY_EDITOR', organisation: null },
  jn: { email: 'e2e-jn@voortgang.test', name: 'Petra Partner', role: 'PARTNER_EDITOR', organisation: 'JN' },
  nvp: { email: 'e2e-nvp@voortgang.test', name: 'Niels NVP', role: 'PARTNER_EDITOR', organisation: 'NVP' },
  jnSignOut: { email: 'e2e-jn-uitloggen@voortgang.test', name: 'Ulla Uitlog', role: 'PARTNER_EDITOR', organisation: 'JN' },
  jnCopiedCookie: { email: 'e2e-jn-kopie@voortgang.test', name: 'Karel Kopie', role: 'PARTNER_EDITOR', organisation: 'JN' },
  nvpDevice: { email: 'e2e-nvp-apparaat@voortgang.test', name: 'Anna Apparaat', role: 'PARTNER_EDITOR', organisation: 'NVP' },
  jnForgot: { email: 'e2e-jn-vergeten@voortgang.test', name: 'Vera Vergeten', role: 'PARTNER_EDITOR', organisation: 'JN' },
  nvpOwn: { email: 'e2e-nvp-eigen@voortgang.test', name: 'Evert Eigen', role: 'PARTNER_EDITOR', organisation: 'NVP' },
};

export type Account = { email: string; name: string; role: 'MINISTRY_EDITOR' | 'PARTNER_EDITOR'; organisation: string | null };

export function databaseUrl(): string {
  return (
    process.env.DATABASE_URL ??
    `postgresql://postgres:postgres@127.0.0.1:${process.env.EMBEDDED_DB_PORT ?? 54329}/postgres?sslmode=disable`
  );
}

/** Runs queries on the app's database with one short-lived connection. */
export async function withDatabase<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Tests that change the data need the throwaway database `npm test` gives them, never a demo's. */
export const usesThrowawayDatabase = Boolean(process.env.DATABASE_URL || process.env.VOORTGANG_DATA_DIR);

/**
 * Reloads `page` and waits until React has hydrated it: text typed before then would not reach the
 * form's state (a loaded machine can take seconds between the first paint and hydration).
 */
export async function reloadInteractive(page: Page) {
  await page.reload();
  await expect(page.locator('html[data-hydrated]')).toBeAttached();
}

export async function signIn(page: Page, account: Account, password = PASSWORD) {
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(account.email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  const home = account.role === 'MINISTRY_EDITOR' ? 'Plannen en rapportagerondes' : `Werkruimte ${account.organisation}`;
  await expect(page.getByRole('heading', { level: 1, name: home })).toBeVisible();
  await expect(page.locator('html[data-hydrated]')).toBeAttached();
}

/** A page in a browser context of its own, signed in as `account`. */
export async function signedInPage(browser: Browser, account: Account, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await signIn(page, account);
  return page;
}
