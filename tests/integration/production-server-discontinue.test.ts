import type { Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseUrl, db } from '../support/database-fixture';
import { launchTestChromium } from '../support/test-browser';
import { createOrganisation, createReportedAction, createUser } from '../support/editing-factories';
import { ensureProductionBuild, startProductionServer, type RunningServer } from '../support/production-server';

/**
 * *Niet meer rapporteren* through the real server: the ministry gives the reason in Chromium on the
 * first of two instances, and the public action page, cached in both, shows it right after in the
 * first (its caches dropped after the commit) and in the second (through NOTIFY); reporting again
 * takes it away in both.
 */
const PORT = Number(process.env.SERVER_TEST_PORT ?? 3210) + 7;
const PASSWORD = 'niet-meer-rapporteren';
let browser: Browser;
const servers: RunningServer[] = [];
let ministryEmail: string;

beforeAll(async () => {
  ensureProductionBuild();
  ({ email: ministryEmail } = await createUser(db, { role: 'MINISTRY_EDITOR', password: PASSWORD }));
  for (const port of [PORT, PORT + 1]) servers.push(await startProductionServer({ databaseUrl, port }));
  browser = await launchTestChromium();
}, 900_000);
afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => server.stop()));
});

/** The page as that server's page cache has it (asked again until it is stored there). */
async function cachedPage(server: RunningServer, path: string): Promise<string> {
  let response = await fetch(server.url + path);
  while (response.headers.get('x-page-cache') !== 'HIT') {
    await response.arrayBuffer();
    response = await fetch(server.url + path);
  }
  // React separates the parts of a text with <!-- -->; read it as the browser shows it.
  return (await response.text()).replaceAll('<!-- -->', '');
}

describe('no longer reporting an action, through the real server', () => {
  it('shows the reason on the cached public action page of both instances right after, and takes it away again', async () => {
    const [first, second] = servers as [RunningServer, RunningServer];
    const organisation = await createOrganisation(db);
    const { plan, action } = await createReportedAction(db, { organisationIds: [organisation.id], state: 'PUBLISHED' });
    const path = `/plannen/${plan.slug}/acties/${action.id}`;
    for (const server of servers) expect(await cachedPage(server, path)).not.toContain('Niet meer gerapporteerd');

    const context = await browser.newContext({ baseURL: first.url });
    const page = await context.newPage();
    await page.goto('/inloggen');
    await page.getByLabel('E-mailadres').fill(ministryEmail);
    await page.getByLabel('Wachtwoord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Plannen en rapportagerondes' }).waitFor();
    await page.goto(`/beheer/plannen/${plan.id}/acties/${action.id}`);

    let heard = second.nextLine(/Publicatie gehoord/);
    await page.getByLabel('Reden').fill('Opgegaan in de regionale aanpak.');
    await page.getByRole('button', { name: 'Niet meer rapporteren' }).click();
    await page.getByText('De actie wordt vanaf de volgende ronde niet meer gerapporteerd').waitFor();
    expect(await cachedPage(first, path)).toMatch(/Niet meer gerapporteerd sinds \d{1,2} \w+ \d{4}<\/strong>: Opgegaan in de regionale aanpak\./);
    await heard;
    expect(await cachedPage(second, path)).toContain('Opgegaan in de regionale aanpak.');

    heard = second.nextLine(/Publicatie gehoord/);
    await page.getByRole('button', { name: 'Weer rapporteren' }).click();
    await page.getByText('De actie wordt weer gerapporteerd.').waitFor();
    expect(await cachedPage(first, path)).not.toContain('Niet meer gerapporteerd');
    await heard;
    expect(await cachedPage(second, path)).not.toContain('Niet meer gerapporteerd');
    await context.close();
  });
});
