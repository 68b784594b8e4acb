import type { Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseUrl, db } from '../support/database-fixture';
import { launchTestChromium } from '../support/test-browser';
import { createOrganisation, createReportedAction, createUser } from '../support/editing-factories';
import {
  ensureProductionBuild,
  startDatabaseProxy,
  startProductionServer,
  type DatabaseProxy,
  type RunningServer,
} from '../support/production-server';

/**
 * Two instances of the production server on one database, each through a proxy that can cut its
 * connection to Postgres, and a ministry editor who publishes in a real browser on the first.
 */
const PORT = Number(process.env.SERVER_TEST_PORT ?? 3210) + 1;
const PASSWORD = 'publiceren-in-de-test';
let browser: Browser;
const proxies: DatabaseProxy[] = [];
const servers: RunningServer[] = [];
let ministryEmail: string;

beforeAll(async () => {
  ensureProductionBuild();
  ({ email: ministryEmail } = await createUser(db, { role: 'MINISTRY_EDITOR', password: PASSWORD }));
  for (const port of [PORT, PORT + 1]) {
    const proxy = await startDatabaseProxy(databaseUrl);
    proxies.push(proxy);
    servers.push(await startProductionServer({ databaseUrl: proxy.url, port }));
  }
  browser = await launchTestChromium();
}, 900_000);
afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => server.stop()));
});

/** A plan whose current round ('Deze ronde') is closed, ready to publish, after a published one. */
async function planReadyToPublish() {
  const organisation = await createOrganisation(db);
  const { plan, round } = await createReportedAction(db, { organisationIds: [organisation.id], state: 'CLOSED' });
  return { path: `/plannen/${plan.slug}`, roundId: round.id };
}

/** The page as that server's page cache has it (asked again until it is stored there). */
async function cachedPage(server: RunningServer, path: string): Promise<string> {
  let response = await fetch(server.url + path);
  while (response.headers.get('x-page-cache') !== 'HIT') {
    // Compression runs after the first answer: ask again until the cache has the page.
    await response.arrayBuffer();
    response = await fetch(server.url + path);
  }
  return response.text();
}

/** Signs in on `server` and publishes the round, accepting what is still open, as the ministry does. */
async function publishInBrowser(server: RunningServer, roundId: number) {
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(ministryEmail);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Plannen en rapportagerondes' }).waitFor();
  await page.goto(`/beheer/rondes/${roundId}`);
  await page.getByLabel(/Ik heb de rapportage gecontroleerd/).check();
  for (const category of await page.getByRole('checkbox', { name: /^Ik accepteer/ }).all()) await category.check();
  await page.getByRole('button', { name: 'Publiceren' }).click();
  await page.getByText('Deze ronde is gepubliceerd en voor iedereen te lezen').waitFor();
  await context.close();
}

describe('publishing through the real server', () => {
  it('refreshes the cached page in this instance and, through NOTIFY, in the other', async () => {
    const [first, second] = servers as [RunningServer, RunningServer];
    const { path, roundId } = await planReadyToPublish();
    for (const server of servers) expect(await cachedPage(server, path)).not.toContain('Deze ronde');

    const heard = second.nextLine(/Publicatie gehoord/);
    await publishInBrowser(first, roundId);
    expect(await cachedPage(first, path)).toContain('Deze ronde');
    await heard;
    expect(await cachedPage(second, path)).toContain('Deze ronde');
  });
});

describe('an instance that lost its database connection', () => {
  it('serves cached pages, answers 503 for the others, and after reconnecting shows what was published meanwhile', async () => {
    const [first, second] = servers as [RunningServer, RunningServer];
    const secondProxy = proxies[1]!;
    const { path, roundId } = await planReadyToPublish();
    const other = await planReadyToPublish();
    expect(await cachedPage(second, path)).not.toContain('Deze ronde');

    const lost = second.nextLine(/Verbinding voor publicaties verbroken/);
    await secondProxy.cut();
    await lost;
    await publishInBrowser(first, roundId);

    // Postgres is out of reach of the second instance: its cached page still answers...
    expect(await cachedPage(second, path)).not.toContain('Deze ronde');
    // ...and a page it does not have is a 503 with the Dutch error page, not a bare 500.
    const uncached = await fetch(second.url + other.path);
    expect(uncached.status).toBe(503);
    expect(uncached.headers.get('retry-after')).toBe('30');
    expect(uncached.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await uncached.text()).toContain('Voortgang is even niet bereikbaar');

    const listening = second.nextLine(/Luistert naar publicaties/);
    await secondProxy.restore();
    await listening;
    const page = await fetch(second.url + path);
    expect(page.headers.get('x-page-cache')).not.toBe('HIT');
    expect(await page.text()).toContain('Deze ronde');
  });
});
