import { describe, expect, it } from 'vitest';
import { sniffWorkbook } from '@/lib/import/workbook/sniff-workbook';
import { appliedWorkbookMessage, saveLabel } from '@/lib/import/workbook/workbook-outcome';
import { workbookUrls } from '@/lib/import/workbook/workbook-urls';
import { workbookOrganisationQuery } from '@/lib/validation/workbook-pages';

describe('sniffWorkbook', () => {
  it('knows an .xlsx by its zip signature, an old .xls by its OLE signature, a CSV as text in UTF-8 or Windows-1252', () => {
    expect(sniffWorkbook(Buffer.from('id;versie;Actie\r\n12;3;Co\u00f6rdinatie pleegzorg\r\n', 'latin1'))).toBe('csv');
    expect(sniffWorkbook(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toBe('xlsx');
    expect(sniffWorkbook(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00]))).toBe('xls');
    expect(sniffWorkbook(Buffer.from('\uFEFFid;versie;Actie\r\n12;3;Pleegouders werven\t\n', 'utf8'))).toBe('csv');
  });

  it('refuses what is neither: bytes with a NUL, or control characters at the start', () => {
    expect(sniffWorkbook(Buffer.from([0xff, 0xfe, 0x00, 0x41]))).toBeNull();
    expect(sniffWorkbook(Buffer.from('id;versie\u0000\n', 'utf8'))).toBeNull();
    expect(sniffWorkbook(Buffer.from('%PDF-1.7\n\u0001\u0002', 'latin1'))).toBeNull();
  });
});

describe('the outcome in words', () => {
  it('counts what was saved and names the rest', () => {
    expect(appliedWorkbookMessage({ saved: 2, unchanged: 1, conflicts: 0, refused: 0, invalid: 0 })).toBe('2 acties zijn opgeslagen; 1 ongewijzigd (niet opgeslagen).');
    expect(appliedWorkbookMessage({ saved: 1, unchanged: 0, conflicts: 1, refused: 2, invalid: 1 })).toBe(
      '1 actie is opgeslagen; 1 conflict, 2 geweigerd, 1 ongeldig (niet opgeslagen).',
    );
    expect(appliedWorkbookMessage({ saved: 0, unchanged: 3, conflicts: 2, refused: 0, invalid: 0 })).toBe('Er is niets opgeslagen; 3 ongewijzigd, 2 conflicten (niet opgeslagen).');
    expect(saveLabel(1)).toBe('Opslaan (1 actie)');
    expect(saveLabel(12)).toBe('Opslaan (12 acties)');
  });
});

describe('addresses and the organisation query', () => {
  it('puts a partner in the workspace and the ministry at the round', () => {
    expect(workbookUrls.download('partner', 7, 'xlsx')).toBe('/werkruimte/rondes/7/werkmap.xlsx');
    expect(workbookUrls.download('ministry', 7, 'csv', 'JN')).toBe('/beheer/rondes/7/werkmap.csv?organisatie=JN');
    expect(workbookUrls.upload('partner', 7)).toBe('/werkruimte/rondes/7/werkmap/upload');
    expect(workbookUrls.preview('partner', 7, 3)).toBe('/werkruimte/werkmap/3');
    expect(workbookUrls.preview('ministry', 7, 3)).toBe('/beheer/rondes/7/werkmap/3');
  });

  it('takes an abbreviation or nothing, and refuses markup or a long text in Dutch', () => {
    expect(workbookOrganisationQuery.parse({ organisatie: ' JenV ' })).toEqual({ organisatie: 'JenV' });
    expect(workbookOrganisationQuery.parse({ organisatie: '' })).toEqual({});
    expect(workbookOrganisationQuery.parse({})).toEqual({});
    for (const organisatie of ['<script>', 'x'.repeat(41), 'JN\u0000']) {
      const parsed = workbookOrganisationQuery.safeParse({ organisatie });
      expect(parsed.error?.issues[0]?.message).toBe('Deze organisatie kennen wij niet; kies er een uit de lijst bij de ronde.');
    }
  });
});
