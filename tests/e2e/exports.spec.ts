import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import JSZip from 'jszip';

const PRINT = '/plannen/actieplan-pleegzorg/afdrukken';

type SeedRound = { key: string; title: string; entries: { title: string; status: string }[] };
const seed = JSON.parse(readFileSync(path.join(__dirname, '../../prisma/seed-data/actieplan-pleegzorg.json'), 'utf8')) as {
  plans: { rounds: SeedRound[] }[];
};
const rounds = seed.plans[0]!.rounds;
const early = rounds.find((r) => r.key === 'voortgang-2019-voorjaar')!;
const latest = rounds.at(-1)!;

/** Clicks a download link of the page and returns the file's name and bytes. */
async function download(page: Page, linkName: RegExp) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('navigation', { name: 'Downloads en weergaven' }).getByRole('link', { name: linkName }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

test('CSV of the chosen round: Dutch Excel’s separator, BOM, one record per action', async ({ page }) => {
  await page.goto(`${PRINT}?ronde=${early.key}`);
  const { name, bytes } = await download(page, /^CSV$/);
  expect(name).toBe(`actieplan-pleegzorg-${early.key}.csv`);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

  const records = parse(bytes, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
  expect(records).toHaveLength(early.entries.length);
  expect(Object.keys(records[0]!)).toEqual([
    'Actielijn', 'Actie', 'Verantwoordelijk', 'Status', 'Resultaat / stand van zaken',
    'Wanneer', 'Deadline van', 'Deadline tot', 'Over tijd', 'Termijn verschoven (maanden)', 'Vorige einddatum',
  ]);
  // Early 2019 moved some of the 2017 plan's deadlines: those rows say how far, and from which end.
  const shifted = records.filter((r) => r['Termijn verschoven (maanden)'] !== '');
  expect(shifted.length).toBeGreaterThan(0);
  for (const r of shifted) expect(r['Vorige einddatum']! < r['Deadline tot']!).toBe(true);
  expect(records.find((r) => r.Actie === 'Handboek matching')).toMatchObject({
    Actielijn: 'Actielijn 1: Continuïteit en stabiliteit, ook na het 18e jaar',
    Status: 'afgerond',
    'Over tijd': 'nee',
  });
});

test('JSON of the latest round: plan and round metadata and the same rows', async ({ page }) => {
  await page.goto(PRINT);
  const { name, bytes } = await download(page, /^JSON$/);
  expect(name).toBe(`actieplan-pleegzorg-${latest.key}.json`);
  const body = JSON.parse(bytes.toString('utf8')) as { plan: { slug: string }; round: { key: string }; rows: { title: string }[] };
  expect(body.plan.slug).toBe('actieplan-pleegzorg');
  expect(body.round.key).toBe(latest.key);
  expect(body.rows).toHaveLength(latest.entries.length);
  expect(body.rows.map((r) => r.title)).toContain('Nieuwe landelijke campagne');
});

test('Word bijlage: a .docx whose document holds every action title of the round', async ({ page }) => {
  await page.goto(`${PRINT}?ronde=${early.key}`);
  const { name, bytes } = await download(page, /Word/);
  expect(name).toBe(`actieplan-pleegzorg-${early.key}.docx`);
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const text = xml.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&quot;/g, '"');
  for (const entry of early.entries) expect(text).toContain(entry.title);
});

test('the CSV of a search holds just the actions it found', async ({ page }) => {
  await page.goto(`/plannen/actieplan-pleegzorg/zoeken?ronde=${early.key}&status=afgerond`);
  const { name, bytes } = await download(page, /^CSV$/);
  expect(name).toBe(`actieplan-pleegzorg-${early.key}-selectie.csv`);
  const records = parse(bytes, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
  expect(records.map((r) => r.Actie)).toEqual(early.entries.filter((e) => e.status === 'COMPLETED').map((e) => e.title));
});

test('an unknown round or format is a 404, in words', async ({ request }) => {
  const round = await request.get('/plannen/actieplan-pleegzorg/export/csv?ronde=bestaat-niet');
  expect(round.status()).toBe(404);
  expect(await round.text()).toMatch(/Onbekend plan of onbekende gepubliceerde rapportage/);
  expect((await request.get('/plannen/actieplan-pleegzorg/export/pdf')).status()).toBe(404);
});
