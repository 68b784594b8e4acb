import type { Paragraph, Table } from 'docx';
import { heading, paragraph, table, wordDocument, type CellSpec, type HeadingStyle } from './docx-parts';

/**
 * Word documents shaped like the seed bijlagen (../shared/seeds/000 and 001), with their Dutch
 * content, for the reader's tests, the import engine and the benchmark. Each builder takes its
 * rows and returns the .docx bytes. Broken documents: tests/support/broken-bijlagen.ts; zip bombs
 * and other non-documents: tests/support/zip-bombs.ts.
 */

/** One action as a bijlage reports it. `completed` writes "✓ " before the planning (or ✓ alone). */
export type BijlageRow = {
  title: string;
  /** Each "\n" a paragraph of the cell. */
  result: string;
  planning: string;
  completed?: boolean;
  /** A bulleted list after the result's paragraphs. */
  bullets?: string[];
  /** The number of a footnote (the builder's `footnotes`) referred to after the title. */
  footnote?: number;
  responsible?: string;
};

export type BijlageLine = { heading: string; intro?: string; rows: BijlageRow[] };

export const KAMERSTUK_FOOTNOTE = 'Kamerstukken II 2016-2017, 31 839, nr. 580';

/** The Wanneer cell as the bijlagen write it: "✓ 2017 gepubliceerd", ✓ alone without a planning. */
export function wanneer(row: Pick<BijlageRow, 'planning' | 'completed'>): string {
  if (!row.completed) return row.planning;
  return row.planning === '' ? '✓' : `✓ ${row.planning}`;
}

export function titleCell(row: BijlageRow): CellSpec {
  return { paragraphs: [row.title], footnote: row.footnote };
}

export function resultCell(row: BijlageRow): CellSpec {
  return { paragraphs: row.result.split('\n'), bullets: row.bullets };
}

/** The early-2019 progress report's first two actielijnen (seed 000), with a footnote citing the plan. */
export const SEED_000_LINES: BijlageLine[] = [
  {
    heading: 'Actielijn 1: Continuïteit en stabiliteit, ook na het 18e jaar',
    intro: 'De partijen die betrokken zijn bij het actieplan zetten zich in om binnen de pleegzorg meer continuïteit, stabiliteit en voorspelbaarheid te creëren.',
    rows: [
      { title: 'Handboek matching', result: 'Handboek is opgeleverd en wordt ingezet', planning: '2017 gepubliceerd', completed: true, footnote: 1 },
      {
        title: 'Methodieken matching en pleegzorgbegeleiding',
        result: 'De methodieken zijn opgeleverd en worden momenteel op verschillende plekken in het land geïmplementeerd.',
        planning: '2018 implementatie',
        completed: true,
      },
      {
        title: 'Actieonderzoek naar breakdown pleegzorgplaatsingen en uitval pleegouders',
        result: 'Onderzoek is opgestart. Pleegzorgaanbieders zijn geselecteerd.',
        planning: 'September 2020',
      },
      {
        title: 'Pleegzorg standaard tot 21 jaar inzetten',
        result: 'Bestuurlijke afspraak met de VNG en Jeugdzorg Nederland is gemaakt.\nFinanciële middelen zijn toegevoegd aan het gemeentefonds',
        bullets: ['de NVP ziet actief toe op naleving', 'de wetswijziging is in voorbereiding'],
        planning: '1 juli 2018 ingevoerd\nWetswijziging is in voorbereiding',
        completed: true,
      },
    ],
  },
  {
    heading: 'Actielijn 2: Toerusten van pleegouders',
    rows: [
      {
        title: 'Project ‘versterken van de kracht van pleegouders’',
        result: 'De betrokken partijen hebben het huidige leer- en ontwikkelaanbod in kaart gebracht en hebben geïnventariseerd welke behoeften pleegouders op dit vlak hebben',
        planning: 'Project loopt tot eind 2019',
        footnote: 2,
      },
      { title: 'Onafhankelijk informatiepunt voor pleegouders', result: 'NVP heeft een informatiepunt ingericht. In 2017 is hier juridische kennis aan toegevoegd.', planning: '2017 gestart', completed: true },
      { title: 'Evaluatie wet verbetering positie pleegouders', result: 'Evaluatie wordt bij de voortgangsrapportage Zorg voor de Jeugd in juni 2019 aangeboden aan de Kamer', planning: 'Juni 2019' },
    ],
  },
];

export const SEED_000_FOOTNOTES: Record<number, string> = {
  1: KAMERSTUK_FOOTNOTE,
  2: 'Tijdens de eerste fase van het programma werd duidelijk dat ‘Versterken van de kracht van pleegouders’ een beter passende benaming is.',
};

/**
 * Seed 000's shape: a title, per actielijn a heading ("Actielijn 1: …", Heading 1 unless
 * `headingStyle` says otherwise), an introduction, and a table `Actie | Resultaat | Wanneer?`
 * (`header` to vary it) with ✓ in the Wanneer cell of completed actions.
 */
export function threeColumnBijlage({
  title = 'Bijlage Voortgang Actieplan Pleegzorg',
  lines = SEED_000_LINES,
  footnotes = SEED_000_FOOTNOTES,
  headingStyle = 'heading1' as HeadingStyle,
  header = ['Actie', 'Resultaat', 'Wanneer?'],
} = {}): Promise<Buffer> {
  const children = [
    heading(title, 'title'),
    paragraph('Met het actieplan pleegzorg - dat op 30 mei 2017 aan de Tweede Kamer is aangeboden - willen de partijen de pleegzorg langs vier actielijnen verbeteren.'),
    ...lines.flatMap((line) => [
      heading(line.heading, headingStyle),
      ...(line.intro ? [paragraph(line.intro)] : []),
      table(header, line.rows.map((row) => [titleCell(row), resultCell(row), wanneer(row)])),
      paragraph(''),
    ]),
  ];
  return wordDocument(children, footnotes);
}

/** A goal of the late-2019 layout: "1: Meer pleegouders …" and its actions. `merged`: goals shown as merged rows. */
export type Late2019Goal = { heading: string; rows: BijlageRow[] };
export type Late2019Part = { heading: string; goals: Late2019Goal[] };

export const SEED_001_PARTS: Late2019Part[] = [
  {
    heading: 'A: Voortgang aanpak pleegzorg',
    goals: [
      {
        heading: '1: Meer pleegouders (verhogen instroom, verminderen uitstroom en voorkomen vroegtijdige beëindigingen)',
        rows: [
          { title: 'Nieuwe landelijke campagne', result: 'Subsidie verleend. Campagne per 30/10/2019 van start.', planning: 'Traject loopt t/m eind 2022.', footnote: 1 },
          { title: 'Actieonderzoek continuïteit en breakdown', result: 'Actieonderzoek loopt.', planning: 'Resultaten beschikbaar najaar 2020.' },
          { title: 'Pilots ‘Ruimte voor jeugdhulp in gezinsvormen’', result: 'Pilots lopen.', planning: 'Geleerde lessen voorjaar 2020 landelijk beschikbaar.' },
        ],
      },
      {
        heading: '2: Verbeteren ondersteuning voor pleegouders',
        rows: [
          { title: 'Ontwikkelen nieuw leer- en ontwikkelaanbod', result: 'Opdrachten voor ontwikkeling van drie modules zijn uitgezet.', planning: '2020' },
          { title: 'Onafhankelijk informatiepunt voor pleegouders', result: 'Het informatiepunt is ingericht.', planning: '2017', completed: true },
        ],
      },
    ],
  },
  {
    heading: 'B: Voortgang aanpak gezinshuizen',
    goals: [
      {
        heading: '1: Versterken kwaliteit gezinshuizen',
        rows: [{ title: 'Kwaliteitskader gezinshuizen', result: 'Het kwaliteitskader is in ontwikkeling.\nEen eerste versie is besproken met gezinshuisouders.', planning: 'Medio 2020' }],
      },
    ],
  },
];

export const SEED_001_FOOTNOTES: Record<number, string> = {
  1: 'Zie ook de brief over de voortgang van het actieplan, Kamerstukken II 2019/20, 31 839, nr. 690, en Kamerstukken II 2018/19, 34 550 XVI, nr. 9.',
};

/**
 * Seed 001's shape: parts ("A: Voortgang aanpak pleegzorg") and goals ("1: Meer pleegouders …"),
 * tables `Actie | Stand van zaken | Planning`. `goalsAs`: 'heading' (Heading 2), 'bold' (a bold
 * paragraph, parts too), or 'merged' (one table per part, each goal a merged row spanning it).
 * `checkColumn`: a separate narrow ✓ column after Planning instead of ✓ in the planning.
 */
export function late2019Bijlage({
  parts = SEED_001_PARTS,
  footnotes = SEED_001_FOOTNOTES,
  goalsAs = 'heading' as 'heading' | 'bold' | 'merged',
  checkColumn = false,
} = {}): Promise<Buffer> {
  const header = ['Actie', 'Stand van zaken', 'Planning', ...(checkColumn ? ['✓'] : [])];
  const rowCells = (row: BijlageRow): CellSpec[] =>
    checkColumn
      ? [titleCell(row), resultCell(row), row.planning, row.completed ? '✓' : '']
      : [titleCell(row), resultCell(row), wanneer(row)];
  const children: (Paragraph | Table)[] = [
    heading('Bijlage: Overzicht voortgang acties verbeteren pleegzorg, gezinshuizen en gesloten jeugdhulp', 'title'),
    paragraph('Een nadere uitwerking van acties rond pleegzorg, gezinshuizen en gesloten jeugdhulp is na te lezen in de brief van de BGZJ.'),
  ];
  for (const part of parts) {
    children.push(heading(part.heading, goalsAs === 'bold' ? 'bold' : 'heading1'), paragraph('Om pleegzorg verder te versterken richten de partijen zich op de volgende acties:'));
    if (goalsAs === 'merged') {
      const rows = part.goals.flatMap((goal) => [[{ paragraphs: [goal.heading], colspan: header.length, bold: true }], ...goal.rows.map(rowCells)]);
      children.push(table(header, rows), paragraph(''));
      continue;
    }
    for (const goal of part.goals) {
      children.push(heading(goal.heading, goalsAs === 'bold' ? 'bold' : 'heading2'), paragraph('Daartoe worden de volgende acties ingezet:'));
      children.push(table(header, goal.rows.map(rowCells)), paragraph(''));
    }
  }
  return wordDocument(children, footnotes);
}

/** The four-column table `Actie | Verantwoordelijk | Resultaat | Wanneer` under one actielijn. */
export function fourColumnBijlage(rows: BijlageRow[], heading1 = 'Actielijn 3: Werven en screenen van pleegouders'): Promise<Buffer> {
  const header = ['Actie', 'Verantwoordelijk', 'Resultaat', 'Wanneer'];
  return wordDocument(
    [
      heading(heading1),
      table(header, rows.map((row) => [titleCell(row), row.responsible ?? '', resultCell(row), wanneer(row)])),
    ],
    SEED_000_FOOTNOTES,
  );
}

/** Any table under a heading: for the variants a test builds cell by cell (merged cells, odd headers). */
export function customTableBijlage(header: string[], rows: CellSpec[][], { heading1 = 'Actielijn 1: Continuïteit en stabiliteit', plainHeader = false } = {}): Promise<Buffer> {
  return wordDocument([heading(heading1), table(header, rows, { plainHeader })], SEED_000_FOOTNOTES);
}

export { heading, paragraph, table, wordDocument, type CellSpec } from './docx-parts';
