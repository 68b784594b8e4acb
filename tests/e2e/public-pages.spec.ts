import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type ConsoleMessage, type Page, type Response } from '@playwright/test';
import { saveScreenshot } from './screenshot';

/**
 * Every public page type, checked the same way: no console error and no failed request (the
 * site icon included), no sideways scrolling on a 360 px phone, and valid HTML by the W3C Nu
 * HTML Checker (vnu-jar, one Java run for all pages).
 */
const PLAN = '/plannen/actieplan-pleegzorg';
const ROUND = `${PLAN}/rondes/voortgang-2019-najaar`;
const PAGE_TYPES: Record<string, string> = {
  home: '/',
  plan: PLAN,
  round: `${PLAN}/rondes/voortgang-2019-voorjaar`,
  changes: `${ROUND}/wijzigingen`,
  changesShifted: `${ROUND}/wijzigingen/verschoven`,
  planning: `${ROUND}/planning`,
  line: `${ROUND}/lijnen/A1`,
  charts: `${PLAN}/grafieken`,
  search: `${PLAN}/zoeken?q=pleegouders&status=loopt`,
  searchShifted: `${PLAN}/zoeken?verschoven=1`,
  action: `${PLAN}/acties/1`,
  organisations: '/organisaties',
  organisation: '/organisaties/NVP',
  print: `${PLAN}/afdrukken`,
  signIn: '/inloggen',
  notFound: '/bestaat-niet',
};
const VNU_JAR = path.join(__dirname, '../../node_modules/vnu-jar/build/dist/vnu.jar');

/**
 * Console errors and failed requests while a page loads. Only the 404 page's own document may
 * fail (with the console line Chromium writes for it).
 */
async function problemsLoading(page: Page, url: string, documentMayFail: boolean): Promise<string[]> {
  const problems: string[] = [];
  const isOwnDocument = (resource: string) => documentMayFail && new URL(resource).pathname === url;
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error' && !isOwnDocument(message.location().url)) problems.push(`console: ${message.text()}`);
  };
  const onResponse = (response: Response) => {
    if (response.status() >= 400 && !isOwnDocument(response.url())) problems.push(`${response.status()} ${response.url()}`);
  };
  page.on('console', onConsole);
  page.on('response', onResponse);
  try {
    await page.goto(url);
  } finally {
    page.off('console', onConsole);
    page.off('response', onResponse);
  }
  return problems;
}

test('the site icon: a real favicon.ico and an SVG icon, linked from every page', async ({ page, request }) => {
  test.setTimeout(180_000); // fourteen pages on a loaded machine
  const ico = await request.get('/favicon.ico');
  expect(ico.status()).toBe(200);
  expect([...(await ico.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0]); // the ICO file signature
  const svg = await request.get('/icon.svg');
  expect(svg.status()).toBe(200);
  expect(svg.headers()['content-type']).toContain('image/svg+xml');

  for (const [type, url] of Object.entries(PAGE_TYPES)) {
    const problems = await problemsLoading(page, url, type === 'notFound');
    expect(problems, type).toEqual([]);
    const icons = await page.locator('link[rel~="icon"]').evaluateAll((links) => links.map((l) => l.getAttribute('href')));
    expect(icons, type).toEqual(expect.arrayContaining(['/favicon.ico', '/icon.svg']));
  }
});

test('no public page scrolls sideways on a 360 px phone, every action page included', async ({ page, request }) => {
  test.setTimeout(600_000); // some fifty pages on a loaded machine
  await page.setViewportSize({ width: 360, height: 800 });
  const plan = (await (await request.get(`/api/public/plans/actieplan-pleegzorg`)).json()) as { actions: { id: number }[] };
  expect(plan.actions.length).toBeGreaterThan(30);
  const urls = [...Object.values(PAGE_TYPES), ...plan.actions.map((a) => `${PLAN}/acties/${a.id}`)];
  const overflowing: string[] = [];
  for (const url of urls) {
    await page.goto(url);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 0) overflowing.push(`${url}: ${overflow}px`);
    if (url === PAGE_TYPES.planning) {
      await page.getByRole('region', { name: /^Planning / }).first().scrollIntoViewIfNeeded();
      await saveScreenshot(page, 'deadlines-360px', { fullPage: false });
    }
  }
  expect(overflowing).toEqual([]);
});

test('every public page type is valid HTML (W3C Nu HTML Checker)', async ({ request }) => {
  test.setTimeout(300_000); // one Java run, started once
  const directory = mkdtempSync(path.join(os.tmpdir(), 'voortgang-vnu-'));
  try {
    const files = await Promise.all(
      Object.entries(PAGE_TYPES).map(async ([type, url]) => {
        const response = await request.get(url);
        expect(response.status(), type).toBe(type === 'notFound' ? 404 : 200);
        const file = path.join(directory, `${type}.html`);
        writeFileSync(file, await response.text());
        return file;
      }),
    );
    const output = execFileSync('java', ['-jar', VNU_JAR, '--format', 'json', '--stdout', '--exit-zero-always', ...files], {
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
    const { messages } = JSON.parse(output) as { messages: { type: string; url: string; message: string; extract?: string }[] };
    const errors = messages
      .filter((m) => m.type === 'error' || m.type === 'non-document-error')
      .map((m) => `${path.basename(m.url, '.html')}: ${m.message} [${m.extract ?? ''}]`);
    expect(errors).toEqual([]);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
});
