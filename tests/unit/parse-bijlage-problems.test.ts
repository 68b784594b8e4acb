import { describe, expect, it } from 'vitest';
import { ValidationError } from '@/lib/errors';
import { parseBijlage } from '@/lib/import/bijlage/parse-bijlage';
import { readZipBounded } from '@/lib/import/read-zip-bounded';
import { customTableBijlage, threeColumnBijlage } from '../support/bijlage-documents';
import {
  gridBeforeBijlage,
  nestedTableBijlage,
  rewriteDocumentXml,
  trackedChangesBijlage,
  unrecognisedTableBijlage,
  wrongColumnCountBijlage,
} from '../support/broken-bijlagen';
import { manyEntriesZip, zipBomb, zipWithoutDocument } from '../support/zip-bombs';

const NOT_READABLE = 'Dit bestand is geen leesbaar Word- of Excel-bestand (.docx of .xlsx).';

async function refusal(bytes: Buffer | Promise<Buffer>): Promise<string> {
  const error = await parseBijlage(await bytes).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).message;
}

describe('parseBijlage: rows and tables it cannot read', () => {
  it('skips a row with the wrong number of columns, naming table, row and counts', async () => {
    const parsed = await parseBijlage(await wrongColumnCountBijlage());
    expect(parsed.problems).toEqual([
      { kind: 'row', table: 1, row: 3, message: 'Tabel 1, rij 3: 2 kolommen, verwacht 3; deze rij is niet ingelezen.' },
    ]);
    expect(parsed.rows.map((row) => row.row)).toEqual([2, 4, 5, 6]);
  });

  it('names each table that is no action table with its columns, and reads the others', async () => {
    const parsed = await parseBijlage(await unrecognisedTableBijlage());
    expect(parsed.problems).toEqual([
      { kind: 'table', table: 1, message: 'Tabel 1 is niet herkend als actietabel (kolommen: Jaar | Nieuwe pleegouders); de tabel is niet ingelezen.' },
      { kind: 'table', table: 3, message: 'Tabel 3 is niet herkend als actietabel (kolommen: Actie | Opmerking | Wanneer?); de tabel is niet ingelezen.' },
    ]);
    expect(parsed.rows.map((row) => [row.table, row.title, row.status])).toEqual([[2, 'Campagne ‘Supergewone mensen gezocht’', 'COMPLETED']]);
  });

  it('reports a row Word starts further right (w:gridBefore), which mammoth would shift left', async () => {
    const parsed = await parseBijlage(await gridBeforeBijlage());
    expect(parsed.problems).toEqual([
      {
        kind: 'row',
        table: 1,
        row: 3,
        message: 'Tabel 1, rij 3: 2 kolommen, verwacht 3: de rij begint 1 kolom verder naar rechts (overgeslagen rastercellen); deze rij is niet ingelezen.',
      },
    ]);
    expect(parsed.rows.map((row) => row.title)).toEqual([
      'Handboek matching',
      'Actieonderzoek naar breakdown pleegzorgplaatsingen en uitval pleegouders',
      'Pleegzorg standaard tot 21 jaar inzetten',
    ]);
  });

  it('skips a row with a table in a cell', async () => {
    const parsed = await parseBijlage(await nestedTableBijlage());
    expect(parsed.problems).toEqual([
      { kind: 'row', table: 1, row: 3, message: 'Tabel 1, rij 3: een cel bevat een tabel; deze rij is niet ingelezen.' },
    ]);
    expect(parsed.rows.map((row) => row.title)).toEqual(['Handboek matching', 'Methodieken']);
  });

  it('skips a row without an action with a problem, empty rows and a repeated header silently', async () => {
    const parsed = await parseBijlage(
      await customTableBijlage(['Actie', 'Resultaat', 'Wanneer'], [
        ['Handboek matching', 'Opgeleverd', '2017'],
        ['', '', ''],
        ['Actie', 'Resultaat', 'Wanneer'],
        ['', 'Wetswijziging is in voorbereiding', '2019'],
      ]),
    );
    expect(parsed.rows.map((row) => row.title)).toEqual(['Handboek matching']);
    expect(parsed.problems).toEqual([
      { kind: 'row', table: 1, row: 5, message: 'Tabel 1, rij 5: de kolom Actie is leeg; deze rij is niet ingelezen.' },
    ]);
  });
});

describe('parseBijlage: documents it refuses', () => {
  it('refuses tracked changes, saying how to accept them, instead of silently accepting them', async () => {
    expect(await refusal(trackedChangesBijlage())).toBe(
      'Dit document bevat bijgehouden wijzigingen. Accepteer of weiger ze eerst in Word (Controleren → Accepteren → Alle wijzigingen accepteren) en sla het document opnieuw op; er is niets ingelezen.',
    );
  });

  it('refuses a file that is no zip, and a zip that is no Word document', async () => {
    expect(await refusal(Buffer.from('Actie;Resultaat;Wanneer\nHandboek;Opgeleverd;2017\n'))).toBe(NOT_READABLE);
    expect(await refusal(zipWithoutDocument())).toBe('Dit bestand is geen Word-document (.docx). Er is niets ingelezen.');
  });

  it('refuses a Word document whose XML mammoth cannot read', async () => {
    const broken = await rewriteDocumentXml(await threeColumnBijlage(), (xml) => xml.slice(0, xml.length / 2));
    expect(await refusal(broken)).toBe('Dit Word-document kon niet worden gelezen; het is beschadigd of geen .docx. Er is niets ingelezen.');
  });

  it('refuses more table rows than the limit before converting anything', async () => {
    const bytes = await rewriteDocumentXml(await threeColumnBijlage(), (xml) => {
      const row = /<w:tr>.*?<\/w:tr>/s.exec(xml)![0];
      return xml.replace(row, row.repeat(5_001));
    });
    expect(await refusal(bytes)).toBe(
      'Deze bijlage heeft 5009 tabelrijen; er kunnen er hoogstens 5000 tegelijk worden ingelezen. Splits het document. Er is niets ingelezen.',
    );
  });
});

describe('readZipBounded: zip bombs', () => {
  it('refuses an entry that unpacks to 200 MB, whether its headers say so or not', async () => {
    const tooLarge = 'Dit bestand is uitgepakt groter dan 100 MB; zo groot is geen bijlage of werkmap. Er is niets ingelezen.';
    const honest = await zipBomb();
    expect(honest.length).toBeLessThan(1024 * 1024);
    await expect(readZipBounded(honest)).rejects.toThrow(tooLarge);
    await expect(parseBijlage(honest)).rejects.toThrow(tooLarge);
    // Claiming 1 KB: stopped while unpacking, at the limit or by yauzl's own size check.
    const understated = readZipBounded(await zipBomb({ understated: true }));
    await expect(understated).rejects.toBeInstanceOf(ValidationError);
    await expect(understated).rejects.toThrow(new RegExp(`^(${tooLarge}|${NOT_READABLE.replace(/[.()]/g, '\\$&')})$`));
  });

  it('refuses a zip of 5,000 tiny entries', async () => {
    await expect(parseBijlage(manyEntriesZip())).rejects.toThrow(
      'Dit bestand bevat meer dan 1000 onderdelen; zo groot is geen bijlage of werkmap. Er is niets ingelezen.',
    );
  });
});
