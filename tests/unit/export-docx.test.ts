import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { toDocx } from '@/lib/exports/to-docx';
import { parsePlainText } from '@/lib/exports/plain-text-blocks';
import { wanneerText } from '@/lib/exports/wanneer-text';
import { planOverview } from './fixtures/plan-overview';

/** The visible text of each paragraph of word/document.xml, in order. */
function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p\b[^>]*>(.*?)<\/w:p>/gs)].map((p) =>
    [...p[1]!.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );
}

describe('toDocx', () => {
  let xml: string;
  let styles: string;

  beforeAll(async () => {
    const zip = await JSZip.loadAsync(await toDocx(planOverview()));
    xml = await zip.file('word/document.xml')!.async('string');
    styles = await zip.file('word/styles.xml')!.async('string');
  });

  it('opens with the plan as title and the round with its date', () => {
    expect(paragraphTexts(xml).slice(0, 2)).toEqual(['Actieplan Test', 'Bijlage: Ronde najaar (ca. november 2019)']);
  });

  it('gives each line a heading (sub-lines one level lower) and its introduction with bullets', () => {
    const texts = paragraphTexts(xml);
    expect(texts.slice(2, 8)).toEqual(['Deel A: Deel over pleegzorg', 'Eerste alinea.', 'We doen:', 'werven', 'lokaal', 'binden']);
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>.*?Deel A: Deel over pleegzorg/s);
    expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/>.*?A1: Meer pleegouders/s);
    expect(xml.match(/<w:numPr>/g)).toHaveLength(3);
  });

  it('has one table Actie | Resultaat / stand van zaken | Wanneer, its header repeated on each page', () => {
    expect(xml.match(/<w:tbl>/g)).toHaveLength(1);
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    const texts = paragraphTexts(xml);
    const header = texts.indexOf('Actie');
    expect(texts.slice(header, header + 3)).toEqual(['Actie', 'Resultaat / stand van zaken', 'Wanneer']);
    expect(xml.match(/<w:tr>/g)).toHaveLength(4);
    expect(xml.match(/<w:cantSplit\/>/g)).toHaveLength(4);
  });

  it('puts ✓ before the Wanneer text of completed actions only', () => {
    const texts = paragraphTexts(xml);
    expect(texts).toContain('✓ 2017');
    expect(texts).toContain('gepubliceerd'); // each line of the planning text its own paragraph
    expect(texts).toContain('medio 2020');
    expect(texts.filter((t) => t.includes('✓'))).toHaveLength(1);
  });

  it('keeps each line of a result as its own paragraph, and escapes quotes', () => {
    const texts = paragraphTexts(xml);
    expect(texts).toContain('Eerste regel');
    expect(texts).toContain('Tweede regel; met puntkomma');
    expect(xml).toContain('Onderzoek uitval; &quot;breakdown&quot;');
  });

  it('says below the title when it holds a selection, and not otherwise', async () => {
    const zip = await JSZip.loadAsync(await toDocx(planOverview(), { selection: 'status=loopt' }));
    const selected = paragraphTexts(await zip.file('word/document.xml')!.async('string'));
    expect(selected[2]).toBe('Selectie: status loopt');
    expect(paragraphTexts(xml).some((t) => t.startsWith('Selectie'))).toBe(false);
  });

  it('marks the text as Dutch for Word’s spelling check', () => {
    expect(styles).toContain('w:val="nl-NL"');
  });
});

describe('parsePlainText', () => {
  it('splits paragraphs on blank lines and items on "- ", indented ones a level deeper', () => {
    expect(parsePlainText('Een\nregel.\n\nLijst:\n- a\n  - b\nNa de lijst.')).toEqual([
      { kind: 'paragraph', text: 'Een regel.' },
      { kind: 'paragraph', text: 'Lijst:' },
      { kind: 'item', text: 'a', level: 0 },
      { kind: 'item', text: 'b', level: 1 },
      { kind: 'paragraph', text: 'Na de lijst.' },
    ]);
  });

  it('gives nothing for an empty text and ignores stray blank lines', () => {
    expect(parsePlainText('')).toEqual([]);
    expect(parsePlainText('\n\n  \n\nAlleen dit.\n\n')).toEqual([{ kind: 'paragraph', text: 'Alleen dit.' }]);
  });

  it('does not take a dash inside a sentence or a word for an item', () => {
    expect(parsePlainText('18-/18+ pleegzorg - ook na 18')).toEqual([{ kind: 'paragraph', text: '18-/18+ pleegzorg - ook na 18' }]);
  });
});

describe('wanneerText', () => {
  it('adds ✓ for completed actions, also without a planning text', () => {
    expect(wanneerText({ status: 'COMPLETED', planning: 'Gereed.' })).toBe('✓ Gereed.');
    expect(wanneerText({ status: 'COMPLETED', planning: '' })).toBe('✓');
    expect(wanneerText({ status: 'STOPPED', planning: '2018' })).toBe('2018');
  });
});
