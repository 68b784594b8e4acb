import { parse } from 'csv-parse/sync';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { conceptFileStamp, conceptLabel } from '@/lib/exports/concept-stamp';
import { exportFileName } from '@/lib/exports/export-rows';
import { CSV_COLUMNS, toCsv } from '@/lib/exports/to-csv';
import { toDocx } from '@/lib/exports/to-docx';
import { toJsonExport } from '@/lib/exports/to-json';
import { bijlageColumnsSchema } from '@/lib/validation/plan-view';
import { planOverview } from './fixtures/plan-overview';

// 23:14 in Amsterdam (winter time, UTC+1).
const AT = new Date('2026-12-01T22:14:30Z');
const LABEL = 'CONCEPT — niet openbaar — stand 1 december 2026, 23:14';

const textOf = (xml: string) => [...xml.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');

async function docxParts(options: Parameters<typeof toDocx>[1]) {
  const zip = await JSZip.loadAsync(await toDocx(planOverview(), options));
  const read = (name: string) => zip.file(name)!.async('string');
  return { zip, document: await read('word/document.xml'), rels: await read('word/_rels/document.xml.rels') };
}

describe('the concept marking', () => {
  it('names the date and time of generation in Dutch time, summer and winter', () => {
    expect(conceptLabel(AT)).toBe(LABEL);
    expect(conceptLabel(new Date('2026-07-01T10:05:00Z'))).toBe('CONCEPT — niet openbaar — stand 1 juli 2026, 12:05');
    expect(conceptLabel(new Date('2026-12-31T23:30:00Z'))).toBe('CONCEPT — niet openbaar — stand 1 januari 2027, 00:30');
    expect(conceptFileStamp(AT)).toBe('CONCEPT-2026-12-01-2314');
  });

  it('is in the file name of a concept only', () => {
    expect(exportFileName(planOverview(), 'docx', { concept: AT })).toBe('actieplan-test-najaar-CONCEPT-2026-12-01-2314.docx');
    expect(exportFileName(planOverview(), 'docx')).toBe('actieplan-test-najaar.docx');
  });
});

describe('the concept Word bijlage', () => {
  it('has the marking in the header and footer every section refers to, and above the title', async () => {
    const { zip, document, rels } = await docxParts({ concept: AT });
    const sections = [...document.matchAll(/<w:sectPr\b.*?<\/w:sectPr>/gs)].map((m) => m[0]);
    expect(sections.length).toBeGreaterThan(0);
    for (const section of sections) {
      for (const kind of ['header', 'footer'] as const) {
        const reference = new RegExp(`<w:${kind}Reference w:type="default" r:id="(\\w+)"/>`).exec(section);
        expect(reference, kind).not.toBeNull();
        const target = new RegExp(`Id="${reference![1]}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${reference![1]}"`).exec(rels)!;
        const part = await zip.file(`word/${target[1] ?? target[2]}`)!.async('string');
        expect(textOf(part), kind).toBe(LABEL);
      }
    }
    const headerParts = Object.keys(zip.files).filter((name) => /^word\/header\d*\.xml$/.test(name));
    expect(headerParts.length).toBeGreaterThan(0);
    for (const name of headerParts) expect(textOf(await zip.file(name)!.async('string'))).toBe(LABEL);
    const paragraphs = [...document.matchAll(/<w:p\b[^>]*>(.*?)<\/w:p>/gs)].map((p) => textOf(p[1]!));
    expect(paragraphs.slice(0, 2)).toEqual([LABEL, 'Actieplan Test']);
  });

  it('has no marking, header or footer when the round is published', async () => {
    const { zip, document } = await docxParts({});
    expect(Object.keys(zip.files).some((name) => /^word\/(header|footer)\d*\.xml$/.test(name))).toBe(false);
    expect(document).not.toContain('CONCEPT');
    expect(document).not.toContain('headerReference');
  });
});

describe('the Word bijlage’s columns', () => {
  const headerCells = (document: string) => {
    const header = /<w:tr>(?:(?!<\/w:tr>).)*<w:tblHeader\/>.*?<\/w:tr>/s.exec(document)![0];
    // Verant\u00ADwoordelijk: a soft hyphen where the font is wide.
    return [...header.matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map((cell) => textOf(cell[1]!).replaceAll('\u00AD', ''));
  };
  const gridWidths = (document: string) => [...document.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));

  it('are Actie | Resultaat / stand van zaken | Wanneer by default, as in the 2019 bijlagen', async () => {
    const { document } = await docxParts({});
    expect(headerCells(document)).toEqual(['Actie', 'Resultaat / stand van zaken', 'Wanneer']);
    expect(document).not.toContain('woordelijk');
  });

  it('add Verantwoordelijk and Status in the web page’s order, whatever order they are asked in', async () => {
    const { document } = await docxParts({ columns: ['status', 'verantwoordelijk'] });
    expect(headerCells(document)).toEqual(['Actie', 'Verantwoordelijk', 'Status', 'Resultaat / stand van zaken', 'Wanneer']);
    expect(textOf(document)).toContain('VWS (trekker)NJiloopt');
    expect(textOf(document)).toContain('JNnog niet gestart');
    expect(gridWidths(document).reduce((a, b) => a + b, 0)).toBe(11906 - 2 * 1134);
  });

  it('add one of the two on its own', async () => {
    const { document } = await docxParts({ columns: ['status'] });
    expect(headerCells(document)).toEqual(['Actie', 'Status', 'Resultaat / stand van zaken', 'Wanneer']);
  });

  it('are validated, with a Dutch message', () => {
    expect(bijlageColumnsSchema.parse([])).toEqual([]);
    expect(bijlageColumnsSchema.safeParse(['resultaat']).error?.issues[0]?.message).toBe('Onbekende kolom: kies verantwoordelijk en/of status.');
    expect(bijlageColumnsSchema.safeParse(['status', 'status']).error?.issues[0]?.message).toBe('Noem elke kolom hoogstens één keer.');
  });
});

describe('the concept CSV and JSON', () => {
  it('CSV: a first column Concept with the marking on every record, the columns after it unchanged', () => {
    const records = parse(toCsv(planOverview(), { concept: AT }), { delimiter: ';', bom: true }) as string[][];
    expect(records[0]).toEqual(['Concept', ...CSV_COLUMNS]);
    expect(records.slice(1).map((record) => record[0])).toEqual([LABEL, LABEL, LABEL]);
    const published = parse(toCsv(planOverview()), { delimiter: ';', bom: true }) as string[][];
    expect(records.map((record) => record.slice(1))).toEqual(published);
  });

  it('JSON: `concept` first, with the generation time; absent for a published round', () => {
    const json = toJsonExport(planOverview(), { concept: AT });
    expect(Object.keys(json)[0]).toBe('concept');
    expect(json.concept).toEqual({ generatedAt: '2026-12-01T22:14:30.000Z', label: LABEL, public: false });
    expect('concept' in toJsonExport(planOverview())).toBe(false);
  });
});
