import { describe, expect, it } from 'vitest';
import { parseBijlage } from '@/lib/import/bijlage/parse-bijlage';
import { customTableBijlage, KAMERSTUK_FOOTNOTE, type CellSpec } from '../support/bijlage-documents';

const HEADER = ['Actie', 'Resultaat', 'Wanneer?'];

async function rowsOf(header: string[], rows: CellSpec[][]) {
  return (await parseBijlage(await customTableBijlage(header, rows))).rows;
}

describe('parseBijlage: check marks in the Wanneer cell', () => {
  it.each([
    ['✓ 2017 gepubliceerd', '2017 gepubliceerd'],
    ['✔ 2017', '2017'],
    ['☑ 2017', '2017'],
    ['✅ 2017', '2017'],
    ['\uF0FC 2017', '2017'],
    ['\uF0FE 2017', '2017'],
    ['\uFFFD 2017 gepubliceerd', '2017 gepubliceerd'],
    ['✓2017', '2017'],
    ['✓\t1 juli 2018 ingevoerd', '1 juli 2018 ingevoerd'],
    ['✓', ''],
    ['✓ ✓ afgevinkt', '✓ afgevinkt'],
  ])('%j is completed with planning %j', async (cell, planning) => {
    const [row] = await rowsOf(HEADER, [['Handboek matching', 'Opgeleverd', cell]]);
    expect([row!.status, row!.planning]).toEqual(['COMPLETED', planning]);
  });

  it('reads Word’s Wingdings check mark symbol (w:sym F0FC) as completed', async () => {
    const [row] = await rowsOf(HEADER, [['Handboek matching', 'Opgeleverd', { symbol: 'F0FC', paragraphs: [' 2017'] }]]);
    expect([row!.status, row!.planning]).toEqual(['COMPLETED', '2017']);
  });

  it.each([
    ['\uF0A8 2019', '2019'],
    ['2017 ✓', '2017 ✓'],
    ['ü 2017', 'ü 2017'],
    ['', ''],
  ])('%j is not completed (planning %j)', async (cell, planning) => {
    const [row] = await rowsOf(HEADER, [['Handboek matching', 'Loopt', cell]]);
    expect([row!.status, row!.planning]).toEqual([null, planning]);
  });
});

describe('parseBijlage: a Status column and a ✓ column', () => {
  const header = ['Actie', 'Status', 'Resultaat / stand van zaken', 'Wanneer'];

  it('maps the app’s status labels back to their codes, and the Status wins over the ✓', async () => {
    const rows = await rowsOf(header, [
      ['Handboek matching', 'afgerond', 'Opgeleverd', '✓ 2017'],
      ['Methodieken', 'Loopt', 'In uitvoering', '✓ start 2018'],
      ['Actieonderzoek', 'vertraagd', 'Later', 'September 2020'],
      ['Werving', 'nog niet gestart', 'Nog niet', 'Doorlopend'],
      ['Campagne', 'gestopt', 'Gestopt', '2019'],
      ['Informatiepunt', 'afgerond', 'Ingericht', '2017'],
    ]);
    expect(rows.map((row) => [row.status, row.planning])).toEqual([
      ['COMPLETED', '2017'],
      ['IN_PROGRESS', '✓ start 2018'],
      ['DELAYED', 'September 2020'],
      ['NOT_STARTED', 'Doorlopend'],
      ['STOPPED', '2019'],
      ['COMPLETED', '2017'],
    ]);
  });

  it('falls back on the ✓ for an empty Status, and names an unknown one while keeping the row', async () => {
    const parsed = await parseBijlage(
      await customTableBijlage(header, [
        ['Handboek matching', '', 'Opgeleverd', '✓ 2017'],
        ['Methodieken', 'bijna klaar', 'Bijna', '2018'],
      ]),
    );
    expect(parsed.rows.map((row) => [row.title, row.status, row.planning])).toEqual([
      ['Handboek matching', 'COMPLETED', '2017'],
      ['Methodieken', null, '2018'],
    ]);
    expect(parsed.problems).toEqual([
      {
        kind: 'row',
        table: 1,
        row: 3,
        message: 'Tabel 1, rij 3: status ‘bijna klaar’ is onbekend (kies uit: nog niet gestart, loopt, vertraagd, afgerond, gestopt); de status is niet ingelezen.',
      },
    ]);
  });

  it.each([[''], ['✓'], ['Gereed'], ['Afgerond']])('reads a ✓ column headed %j', async (checkHeader) => {
    const rows = await rowsOf(['Actie', 'Resultaat', 'Wanneer', checkHeader], [
      ['Handboek matching', 'Opgeleverd', '2017', '✓'],
      ['Methodieken', 'Loopt', '2018', ''],
      ['Actieonderzoek', 'Gereed', '2019', 'x'],
    ]);
    expect(rows.map((row) => [row.status, row.planning])).toEqual([['COMPLETED', '2017'], [null, '2018'], ['COMPLETED', '2019']]);
  });
});

describe('parseBijlage: cell texts', () => {
  it('keeps every paragraph of a cell as a line, empty ones and inner spaces included', async () => {
    const [row] = await rowsOf(HEADER, [
      ['Handboek matching', 'Eerste regel\n\n  ingesprongen; met "aanhalingstekens" & <haken>\nDerde  regel met\ttab', '2017\ngepubliceerd'],
    ]);
    expect(row!.result).toBe('Eerste regel\n\n  ingesprongen; met "aanhalingstekens" & <haken>\nDerde  regel met\ttab');
    expect(row!.planning).toBe('2017\ngepubliceerd');
  });

  it('reads an empty cell as the empty text, and joins a title Word split into paragraphs', async () => {
    const [row] = await rowsOf(HEADER, [['Methodieken matching en\npleegzorgbegeleiding', '', '']]);
    expect([row!.title, row!.result, row!.planning]).toEqual(['Methodieken matching en pleegzorgbegeleiding', '', '']);
  });

  it('applies a Wanneer cell merged over two rows to both', async () => {
    const rows = await rowsOf(HEADER, [
      ['Handboek matching', 'Opgeleverd', { paragraphs: ['✓ 2017'], merge: 'restart' }],
      ['Methodieken', 'Opgeleverd', { merge: 'continue' }],
      ['Actieonderzoek', 'Loopt', 'September 2020'],
    ]);
    expect(rows.map((row) => [row.title, row.status, row.planning])).toEqual([
      ['Handboek matching', 'COMPLETED', '2017'],
      ['Methodieken', 'COMPLETED', '2017'],
      ['Actieonderzoek', null, 'September 2020'],
    ]);
  });

  it('reads a cell spanning Resultaat and Wanneer as the result, the planning empty', async () => {
    const [row] = await rowsOf(HEADER, [['Handboek matching', { paragraphs: ['Niet meer van toepassing'], colspan: 2 }]]);
    expect([row!.result, row!.planning]).toEqual(['Niet meer van toepassing', '']);
  });

  // Mammoth numbers references in the order they appear, as Word shows them: the third is [3].
  it('removes footnote markers from any cell and attaches each note once, with its number as shown', async () => {
    const rows = await rowsOf(HEADER, [
      [{ paragraphs: ['Handboek matching'], footnote: 1 }, { paragraphs: ['Opgeleverd', 'en ingezet'], footnote: 2 }, '2017'],
      ['Methodieken', { paragraphs: ['Zie het plan'], footnote: 1 }, '2018'],
    ]);
    expect(rows.map((row) => [row.title, row.result, row.footnotes.map((note) => note.marker)])).toEqual([
      ['Handboek matching', 'Opgeleverd\nen ingezet', ['1', '2']],
      ['Methodieken', 'Zie het plan', ['3']],
    ]);
    expect(rows[1]!.footnotes[0]).toEqual({ marker: '3', text: KAMERSTUK_FOOTNOTE, kamerstukken: ['kst-31839-580'] });
  });
});
