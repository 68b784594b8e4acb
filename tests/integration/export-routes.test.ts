import { parse } from 'csv-parse/sync';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { createAction, createPlan, createRound, reportAction } from '../support/factories';
import { truncateAll } from '../support/test-database';
import { GET } from '@/app/plannen/[slug]/export/[format]/route';
import { dutchCalendarDate } from '@/lib/actions/overdue';
import type { JsonExport } from '@/lib/exports/to-json';
import { loadSeedData } from '@/lib/seed/load-seed-data';
import { seedDatabase } from '@/lib/seed/seed-database';

const source = loadSeedData().plans[0]!;
const [baseline, early, late] = source.rounds;

function callExport(slug: string, format: string, ronde?: string, filters = '') {
  const query = `?${ronde === undefined ? '' : `ronde=${encodeURIComponent(ronde)}&`}${filters}`;
  return GET(new Request(`http://test/plannen/${slug}/export/${format}${query}`), { params: Promise.resolve({ slug, format }) });
}

describe('export route /plannen/[slug]/export/[format]', () => {
  beforeAll(async () => {
    await truncateAll(databaseUrl);
    await seedDatabase(db, loadSeedData());
  });

  it('serves the latest published round as CSV with a BOM, one record per action', async () => {
    const response = await callExport('actieplan-pleegzorg', 'csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="actieplan-pleegzorg-${late!.key}.csv"`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parse(new TextDecoder().decode(bytes), { delimiter: ';', bom: true, columns: true }) as Record<string, string>[];
    expect(records.map((r) => r.Actie)).toEqual(late!.entries.map((e) => e.title));
  });

  it('serves the chosen round as JSON with its metadata, judged on that round’s date', async () => {
    const response = await callExport('actieplan-pleegzorg', 'json', early!.key);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="actieplan-pleegzorg-${early!.key}.json"`);
    const body = (await response.json()) as JsonExport;
    expect(body.round).toMatchObject({ key: early!.key, title: early!.title, date: early!.date });
    expect(body.overdueOn).toBe(early!.date);
    expect(body.rows).toHaveLength(early!.entries.length);
    expect(body.rows.filter((r) => r.status === 'COMPLETED').every((r) => !r.overdue)).toBe(true);
    const research = body.rows.find((r) => r.title.startsWith('Actieonderzoek naar breakdown'))!;
    expect(research).toMatchObject({ statusLabel: 'loopt', line: { code: '1' }, deadline: { end: '2020-09-30' }, overdue: false });
  });

  it('judges the latest round on today', async () => {
    const before = dutchCalendarDate(new Date());
    const body = (await (await callExport('actieplan-pleegzorg', 'json')).json()) as JsonExport;
    expect([before, dutchCalendarDate(new Date())]).toContain(body.overdueOn);
    // Ran to the end of 2022 and still "loopt" in the last report: over tijd by now.
    expect(body.rows.find((r) => r.title === 'Nieuwe landelijke campagne')).toMatchObject({ overdue: true });
  });

  it('serves the bijlage as a Word document with every action of the round', async () => {
    const response = await callExport('actieplan-pleegzorg', 'docx', baseline!.key);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="actieplan-pleegzorg-${baseline!.key}.docx"`);
    const zip = await JSZip.loadAsync(await response.arrayBuffer());
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
    for (const entry of baseline!.entries) expect(text).toContain(entry.title);
  });

  it('answers an unknown plan or round with a 404 in the format’s own kind of body', async () => {
    const csv = await callExport('bestaat-niet', 'csv');
    expect(csv.status).toBe(404);
    expect(csv.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await csv.text()).toMatch(/Onbekend plan/);

    const json = await callExport('actieplan-pleegzorg', 'json', 'bestaat-niet');
    expect(json.status).toBe(404);
    expect(await json.json()).toEqual({ error: 'Onbekend plan of onbekende gepubliceerde rapportage.' });

    expect((await callExport('actieplan-pleegzorg', 'pdf')).status).toBe(404);
  });

  it('does not export a round that is not published', async () => {
    const { plan, line } = await createPlan(db);
    const published = await createRound(db, plan.id, { date: '2020-01-01' });
    const closed = await createRound(db, plan.id, { date: '2020-06-01', state: 'CLOSED' });
    const action = await createAction(db, plan.id, line.id);
    await reportAction(db, { actionId: action.id, roundId: published.id, lineId: line.id, result: 'gepubliceerd' });
    await reportAction(db, { actionId: action.id, roundId: closed.id, lineId: line.id, result: 'nog geheim' });

    expect((await callExport(plan.slug, 'docx', closed.key)).status).toBe(404);
    const latest = (await (await callExport(plan.slug, 'json')).json()) as JsonExport;
    expect(latest.round.key).toBe(published.key);
    expect(latest.rows.map((r) => r.result)).toEqual(['gepubliceerd']);
  });

  it('exports every action a search selects, not one page, and says it is a selection', async () => {
    const response = await callExport('actieplan-pleegzorg', 'json', early!.key, 'status=afgerond&pagina=1');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="actieplan-pleegzorg-${early!.key}-selectie.json"`);
    const body = (await response.json()) as JsonExport;
    expect(body.selection).toBe('status=afgerond');
    const completed = early!.entries.filter((e) => e.status === 'COMPLETED').map((e) => e.title);
    expect(body.rows.map((r) => r.title)).toEqual(completed);

    const docx = await callExport('actieplan-pleegzorg', 'docx', early!.key, 'status=afgerond');
    const xml = await (await JSZip.loadAsync(await docx.arrayBuffer())).file('word/document.xml')!.async('string');
    expect(xml).toContain('Selectie: status afgerond');
  });

  it('rejects a malformed filter with a 400', async () => {
    const response = await callExport('actieplan-pleegzorg', 'json', undefined, 'status=bijna-klaar');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'Onbekende status.' });
  });

  it('adds the Word bijlage’s columns on request, with a Dutch 400 for an unknown one, and never marks it a concept', async () => {
    const docx = await callExport('actieplan-pleegzorg', 'docx', late!.key, 'kolom=verantwoordelijk&kolom=status');
    expect(docx.headers.get('content-disposition')).toBe(`attachment; filename="actieplan-pleegzorg-${late!.key}.docx"`);
    expect(docx.headers.get('cache-control')).toBeNull();
    const zip = await JSZip.loadAsync(await docx.arrayBuffer());
    const xml = (await zip.file('word/document.xml')!.async('string')).replaceAll('\u00AD', '');
    expect(xml).toContain('>Verantwoordelijk<');
    expect(xml).toContain('>Status<');
    expect(xml).not.toContain('CONCEPT');
    expect(Object.keys(zip.files).some((name) => name.startsWith('word/header'))).toBe(false);

    const bad = await callExport('actieplan-pleegzorg', 'docx', late!.key, 'kolom=resultaat');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toBe('Onbekende kolom: kies verantwoordelijk en/of status.\n');
  });

  it('rejects a malformed round key with a 400', async () => {
    const response = await callExport('actieplan-pleegzorg', 'csv', "x'; DROP TABLE plans;--");
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/Onbekende rapportageronde/);
  });
});
