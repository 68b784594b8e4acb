import { describe, expect, it } from 'vitest';
import { cellText } from '@/lib/import/workbook/read-workbook';
import { sheetRows } from '@/lib/import/workbook/sheet-rows';
import { locateColumns, statusFromLabel } from '@/lib/import/workbook/workbook-columns';

describe('a workbook cell as text', () => {
  it('joins rich text, takes a formula’s result, writes numbers as they are and dates as Dutch dates', () => {
    expect(cellText({ richText: [{ text: 'eind ' }, { text: '2026', font: { bold: true } }] })).toBe('eind 2026');
    expect(cellText({ formula: 'A1&B1', result: 'medio 2027' })).toBe('medio 2027');
    expect(cellText({ formula: 'A1', result: undefined })).toBe('');
    expect(cellText({ text: 'de site', hyperlink: 'https://voorbeeld.nl' })).toBe('de site');
    expect(cellText(2026)).toBe('2026');
    expect(cellText(0.5)).toBe('0.5');
    expect(cellText(new Date('2026-03-01T00:00:00Z'))).toBe('1 maart 2026');
    expect(cellText(null)).toBe('');
    expect(cellText(true)).toBe('true');
  });
});

describe('the rows of a sheet', () => {
  it('finds the columns by their header in any order and case, reads CRLF as LF and skips empty rows', () => {
    const read = sheetRows([
      ['PLANNING', 'Status', 'versie', 'id', 'Resultaat/Stand van zaken'],
      ['eind 2026', 'loopt', '1', '7', 'regel\r\nregel'],
      ['', ' ', '', '', ''],
      ["'=1+1", 'afgerond', '2', '8', "'-punt"],
    ], true);
    expect(read.problems).toEqual([]);
    expect(read.rows).toEqual([
      { row: 2, cells: { planning: 'eind 2026', status: 'loopt', version: '1', id: '7', result: 'regel\nregel' } },
      { row: 4, cells: { planning: '=1+1', status: 'afgerond', version: '2', id: '8', result: '-punt' } },
    ]);
  });

  it('names a missing or doubled column', () => {
    expect(locateColumns(['id', 'versie', 'Status', 'Status', 'Planning']).problems).toEqual([
      'De kolom ‘Status’ staat twee keer in de eerste rij; laat er één staan.',
      'De kolom ‘Resultaat / stand van zaken’ ontbreekt in de eerste rij. Download de werkmap opnieuw en verander de kolomkoppen niet.',
    ]);
  });

  it('reads a status by its Dutch label in any case, else leaves it for the schema to refuse', () => {
    expect(['Nog niet gestart', ' vertraagd ', 'AFGEROND', 'gestopt', 'loopt'].map(statusFromLabel)).toEqual([
      'NOT_STARTED', 'DELAYED', 'COMPLETED', 'STOPPED', 'IN_PROGRESS',
    ]);
    expect(statusFromLabel('bijna klaar')).toBe('bijna klaar');
  });
});
