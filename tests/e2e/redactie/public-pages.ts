import { expect, type BrowserContext, type Locator } from '@playwright/test';

/** Texts the ministry edits while the round is open; readers see them once it is published. */
export const EDITED = {
  planTitle: 'Actieplan Pleegzorg 2017-2018 (herzien)',
  opgave: 'Meer pleegouders werven en behouden: de opgave zoals die in de nieuwe ronde staat.',
  description: 'De omschrijving zoals die in de nieuwe ronde staat.',
};
export const EDITED_ACTION_KEY = 'actieonderzoek-breakdown';

const SLUG = 'actieplan-pleegzorg';

/**
 * Every kind of public page and download that shows those texts, as a reader gets them: of a page its
 * title and all the text of its main content (collapsed parts included) as the browser has them, of
 * the open data and the exports every byte. (A page's HTML is not compared byte for byte: a page
 * rendered again after a revalidation embeds the `_rsc` query of the request that caused it.)
 */
export async function publicPages(reader: BrowserContext, actionId: number): Promise<Record<string, string>> {
  const pages = [
    '/',
    `/plannen/${SLUG}`,
    `/plannen/${SLUG}/rondes/voortgang-2019-najaar/lijnen/A1`,
    `/plannen/${SLUG}/acties/${actionId}`,
    `/plannen/${SLUG}/afdrukken`,
    `/plannen/${SLUG}/zoeken?lijn=A1`,
    '/organisaties/NJi',
  ];
  const files = [`/plannen/${SLUG}/export/csv`, '/api/public/plans', `/api/public/plans/${SLUG}`];
  const seen: Record<string, string> = {};
  const page = await reader.newPage();
  for (const path of pages) {
    const response = await page.goto(path);
    expect(response!.status(), path).toBe(200);
    seen[path] = `${await page.title()}\n${await page.locator('main').textContent()}`;
  }
  await page.close();
  for (const path of files) {
    const response = await reader.request.get(path);
    expect(response.status(), path).toBe(200);
    seen[path] = (await response.body()).toString('base64');
  }
  return seen;
}

/** A planning row's bar (the last element of its time-axis cell) lies inside that cell and has a width. */
export async function barFitsItsCell(row: Locator): Promise<boolean> {
  const cell = row.getByRole('cell').last();
  const [box, bar] = await Promise.all([cell.boundingBox(), cell.locator(':scope > div').last().boundingBox()]);
  if (!box || !bar) return false;
  return bar.width >= 1 && bar.x >= box.x - 0.5 && bar.x + bar.width <= box.x + box.width + 0.5;
}
