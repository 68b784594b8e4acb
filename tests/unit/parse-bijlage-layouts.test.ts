import { describe, expect, it } from 'vitest';
import { parseBijlage } from '@/lib/import/bijlage/parse-bijlage';
import type { ParsedBijlage } from '@/lib/import/bijlage/parsed-bijlage';
import {
  customTableBijlage,
  fourColumnBijlage,
  heading,
  KAMERSTUK_FOOTNOTE,
  late2019Bijlage,
  paragraph,
  SEED_000_LINES,
  table,
  threeColumnBijlage,
  wordDocument,
} from '../support/bijlage-documents';

const headingCodes = (parsed: ParsedBijlage) => parsed.headings.map((h) => [h.code, h.title, h.parentIndex]);
const rowsUnder = (parsed: ParsedBijlage) => parsed.rows.map((row) => [row.headingIndex, row.title]);

describe('parseBijlage: the three-column layout of the early-2019 report (seed 000)', () => {
  it('finds the title, the actielijnen and every row under its line, with its completion', async () => {
    const parsed = await parseBijlage(await threeColumnBijlage());
    expect(parsed.title).toBe('Bijlage Voortgang Actieplan Pleegzorg');
    expect(headingCodes(parsed)).toEqual([
      ['1', 'Continuïteit en stabiliteit, ook na het 18e jaar', null],
      ['2', 'Toerusten van pleegouders', null],
    ]);
    expect(parsed.headings[0]!.text).toBe('Actielijn 1: Continuïteit en stabiliteit, ook na het 18e jaar');
    expect(rowsUnder(parsed)).toEqual(SEED_000_LINES.flatMap((line, i) => line.rows.map((row) => [i, row.title])));
    expect(parsed.rows.map((row) => [row.status, row.planning])).toEqual([
      ['COMPLETED', '2017 gepubliceerd'],
      ['COMPLETED', '2018 implementatie'],
      [null, 'September 2020'],
      ['COMPLETED', '1 juli 2018 ingevoerd\nWetswijziging is in voorbereiding'],
      [null, 'Project loopt tot eind 2019'],
      ['COMPLETED', '2017 gestart'],
      [null, 'Juni 2019'],
    ]);
    expect(parsed.rows.map((row) => [row.table, row.row, row.responsibleText])).toEqual([
      [1, 2, null], [1, 3, null], [1, 4, null], [1, 5, null], [2, 2, null], [2, 3, null], [2, 4, null],
    ]);
    expect(parsed.problems).toEqual([]);
  });

  it('reads a result of two paragraphs and a bulleted list line by line', async () => {
    const parsed = await parseBijlage(await threeColumnBijlage());
    expect(parsed.rows[3]!.result).toBe(
      'Bestuurlijke afspraak met de VNG en Jeugdzorg Nederland is gemaakt.\nFinanciële middelen zijn toegevoegd aan het gemeentefonds\n- de NVP ziet actief toe op naleving\n- de wetswijziging is in voorbereiding',
    );
  });

  it('attaches the footnote to its row, without its marker, with the Kamerstuk it cites', async () => {
    const parsed = await parseBijlage(await threeColumnBijlage());
    expect(parsed.rows[0]!.title).toBe('Handboek matching');
    expect(parsed.rows[0]!.footnotes).toEqual([{ marker: '1', text: KAMERSTUK_FOOTNOTE, kamerstukken: ['kst-31839-580'] }]);
    expect(parsed.rows[4]!.footnotes).toEqual([
      { marker: '2', text: expect.stringMatching(/^Tijdens de eerste fase/), kamerstukken: [] },
    ]);
    expect(parsed.rows[1]!.footnotes).toEqual([]);
  });

  it.each([
    ['Dutch Word’s Kop 1', 'kop1'],
    ['bold paragraphs', 'bold'],
  ] as const)('finds the actielijnen in %s too', async (_, headingStyle) => {
    const parsed = await parseBijlage(await threeColumnBijlage({ headingStyle }));
    expect(headingCodes(parsed)).toEqual([
      ['1', 'Continuïteit en stabiliteit, ook na het 18e jaar', null],
      ['2', 'Toerusten van pleegouders', null],
    ]);
    expect(parsed.rows).toHaveLength(7);
  });

  it.each([
    [['Actie', 'Resultaat / stand van zaken', 'Wanneer']],
    [['ACTIE', 'Resultaat/Stand van zaken', 'Wanneer ?']],
    [['Actie', 'Stand van zaken', 'Planning']],
    [['Actie:', 'resultaat', 'Planning?']],
  ])('recognises the header %j', async (header) => {
    const parsed = await parseBijlage(await threeColumnBijlage({ header }));
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows).toHaveLength(7);
  });
});

describe('parseBijlage: the late-2019 layout with parts and goals (seed 001)', () => {
  const expectedHeadings = [
    ['A', 'Voortgang aanpak pleegzorg', null],
    ['A1', 'Meer pleegouders (verhogen instroom, verminderen uitstroom en voorkomen vroegtijdige beëindigingen)', 0],
    ['A2', 'Verbeteren ondersteuning voor pleegouders', 0],
    ['B', 'Voortgang aanpak gezinshuizen', null],
    ['B1', 'Versterken kwaliteit gezinshuizen', 3],
  ];
  const expectedRows = [
    [1, 'Nieuwe landelijke campagne'],
    [1, 'Actieonderzoek continuïteit en breakdown'],
    [1, 'Pilots ‘Ruimte voor jeugdhulp in gezinsvormen’'],
    [2, 'Ontwikkelen nieuw leer- en ontwikkelaanbod'],
    [2, 'Onafhankelijk informatiepunt voor pleegouders'],
    [4, 'Kwaliteitskader gezinshuizen'],
  ];

  it.each(['heading', 'bold', 'merged'] as const)('numbers goals within their part, written as %s', async (goalsAs) => {
    const parsed = await parseBijlage(await late2019Bijlage({ goalsAs }));
    expect(parsed.title).toBe('Bijlage: Overzicht voortgang acties verbeteren pleegzorg, gezinshuizen en gesloten jeugdhulp');
    expect(headingCodes(parsed)).toEqual(expectedHeadings);
    expect(rowsUnder(parsed)).toEqual(expectedRows);
    expect(parsed.problems).toEqual([]);
  });

  it('counts the merged heading rows in the row numbers of their table', async () => {
    const parsed = await parseBijlage(await late2019Bijlage({ goalsAs: 'merged' }));
    expect(parsed.rows.map((row) => [row.table, row.row])).toEqual([[1, 3], [1, 4], [1, 5], [1, 7], [1, 8], [2, 3]]);
  });

  it('reads Stand van zaken and Planning, the ✓ in the planning, and two Kamerstukken in one footnote', async () => {
    const parsed = await parseBijlage(await late2019Bijlage());
    expect(parsed.rows.map((row) => [row.status, row.planning])).toEqual([
      [null, 'Traject loopt t/m eind 2022.'],
      [null, 'Resultaten beschikbaar najaar 2020.'],
      [null, 'Geleerde lessen voorjaar 2020 landelijk beschikbaar.'],
      [null, '2020'],
      ['COMPLETED', '2017'],
      [null, 'Medio 2020'],
    ]);
    expect(parsed.rows[5]!.result).toBe('Het kwaliteitskader is in ontwikkeling.\nEen eerste versie is besproken met gezinshuisouders.');
    expect(parsed.rows[0]!.footnotes[0]!.kamerstukken).toEqual(['kst-31839-690', 'kst-34550-XVI-9']);
  });

  it('reads a separate ✓ column as completed, leaving the planning as it is', async () => {
    const parsed = await parseBijlage(await late2019Bijlage({ checkColumn: true }));
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows.map((row) => row.status)).toEqual([null, null, null, null, 'COMPLETED', null]);
    expect(parsed.rows[4]!.planning).toBe('2017');
  });
});

describe('parseBijlage: other tables and headings', () => {
  it('reads Actie | Verantwoordelijk | Resultaat | Wanneer with who is responsible', async () => {
    const parsed = await parseBijlage(
      await fourColumnBijlage([
        { title: 'Campagne ‘Supergewone mensen gezocht’', responsible: 'JN (trekker)\nVWS', result: 'De campagne is uitgevoerd.', planning: '2018', completed: true },
        { title: 'Analyse wervingsproces', responsible: '', result: 'Garage2020 heeft het wervingsproces geanalyseerd.', planning: 'Eind 2019' },
      ]),
    );
    expect(headingCodes(parsed)).toEqual([['3', 'Werven en screenen van pleegouders', null]]);
    expect(parsed.rows.map((row) => [row.title, row.responsibleText, row.status, row.planning])).toEqual([
      ['Campagne ‘Supergewone mensen gezocht’', 'JN (trekker)\nVWS', 'COMPLETED', '2018'],
      ['Analyse wervingsproces', '', null, 'Eind 2019'],
    ]);
  });

  it('reads the plan’s baseline table Verantwoordelijk | Resultaat | Wanneer with the result as the action (seed 002)', async () => {
    const parsed = await parseBijlage(
      await customTableBijlage(['Verantwoordelijk', 'Resultaat', 'Wanneer'], [
        ['JN, NVP', 'Project ‘Investeren in de kracht van pleegouders’', 'tot medio 2019'],
        ['VWS', 'Evaluatie Wet verbetering positie pleegouders', '2018 gereed'],
      ], { heading1: 'ACTIELIJN 2: TOERUSTEN VAN PLEEGOUDERS' }),
    );
    expect(headingCodes(parsed)).toEqual([['2', 'TOERUSTEN VAN PLEEGOUDERS', null]]);
    expect(parsed.rows.map((row) => [row.title, row.responsibleText, row.result, row.planning])).toEqual([
      ['Project ‘Investeren in de kracht van pleegouders’', 'JN, NVP', 'Project ‘Investeren in de kracht van pleegouders’', 'tot medio 2019'],
      ['Evaluatie Wet verbetering positie pleegouders', 'VWS', 'Evaluatie Wet verbetering positie pleegouders', '2018 gereed'],
    ]);
  });

  it('takes an unnamed first column as the action, and a header that is not marked as Word’s header row', async () => {
    const parsed = await parseBijlage(
      await customTableBijlage(['', 'Resultaat', 'Wanneer'], [['Handboek matching', 'Opgeleverd', '2017']], { plainHeader: true }),
    );
    expect(parsed.rows.map((row) => [row.title, row.result, row.planning])).toEqual([['Handboek matching', 'Opgeleverd', '2017']]);
  });

  it('reads the heading variants: without colon, Deel, Doel, a sub-line code, a line break; other headings are no lines', async () => {
    const rows = (title: string) => table(['Actie', 'Resultaat', 'Wanneer'], [[title, 'Loopt', '2020']]);
    const parsed = await parseBijlage(
      await wordDocument([
        heading('Bijlage'),
        heading('Actielijn 1 Continuïteit en stabiliteit'),
        heading('Verlengde pleegzorg: 21 jaar nieuwe standaard', 'heading2'),
        rows('Pleegzorg tot 21 jaar'),
        heading('Deel A: Voortgang aanpak pleegzorg'),
        heading('1: Meer pleegouders (verhogen instroom,\nverminderen uitstroom)', 'bold'),
        rows('Nieuwe landelijke campagne'),
        heading('Doel 2: Verbeteren ondersteuning voor pleegouders', 'kop2'),
        heading('A3: Samenwerking jeugdbescherming', 'heading2'),
        rows('Dialogen'),
        paragraph('Actielijn 2 richt zich op het toerusten van pleegouders.'),
        heading('Actielijn 4: De positie van pleegzorg'),
        heading('1: Positie in de wet', 'heading2'),
      ]),
    );
    expect(parsed.title).toBe('Bijlage');
    expect(headingCodes(parsed)).toEqual([
      ['1', 'Continuïteit en stabiliteit', null],
      ['A', 'Voortgang aanpak pleegzorg', null],
      ['A1', 'Meer pleegouders (verhogen instroom, verminderen uitstroom)', 1],
      ['A2', 'Verbeteren ondersteuning voor pleegouders', 1],
      ['A3', 'Samenwerking jeugdbescherming', 1],
      ['4', 'De positie van pleegzorg', null],
      ['4.1', 'Positie in de wet', 5],
    ]);
    expect(rowsUnder(parsed)).toEqual([[0, 'Pleegzorg tot 21 jaar'], [2, 'Nieuwe landelijke campagne'], [4, 'Dialogen']]);
  });

  it('has no title when the first heading is a line, and rows before any heading have none', async () => {
    const parsed = await parseBijlage(
      await wordDocument([table(['Actie', 'Resultaat', 'Wanneer'], [['Vooraf', 'Loopt', '2020']]), heading('Actielijn 1: Continuïteit'), heading('Slot')]),
    );
    expect(parsed.title).toBeNull();
    expect(rowsUnder(parsed)).toEqual([[null, 'Vooraf']]);
  });
});
