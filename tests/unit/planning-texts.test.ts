import { describe, expect, it } from 'vitest';

import { parsePlanning } from '@/lib/deadlines/parse-planning';

import corpus from './fixtures/planning-texts.json';
import { SEED_DOCUMENTS } from './fixtures/seed-planning-texts';

type CorpusText = { text: string; start: string | null; end: string | null };
type CorpusDocument = { source: string; title: string; referenceDate: string; texts: CorpusText[] };

const documents: CorpusDocument[] = corpus.documents;
const publicTexts = documents.flatMap((document) => document.texts);

describe('real planning texts from public Dutch government pages', () => {
  describe.each(documents)('$title', ({ source, referenceDate, texts }) => {
    it.each(texts)('"$text"', ({ text, start, end }) => {
      expect(parsePlanning(text, { referenceDate }), `${source}\n"${text}" (reference date ${referenceDate})`).toEqual({
        start,
        end,
      });
    });
  });

  it('holds at least 100 texts, most of them naming a time, with the seed documents beside them', () => {
    const seedTexts = SEED_DOCUMENTS.flatMap((document) => document.cases);
    const withRange = publicTexts.filter(({ start, end }) => start !== null || end !== null);
    expect(publicTexts.length).toBeGreaterThanOrEqual(100);
    expect(withRange.length).toBeGreaterThanOrEqual(70);
    expect(seedTexts.length).toBeGreaterThan(0);
  });

  it('states a source, a title and an ISO reference date for every document', () => {
    for (const { source, title, referenceDate } of documents) {
      expect(source).toMatch(/^https?:\/\//);
      expect(title.length).toBeGreaterThan(0);
      expect(referenceDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
