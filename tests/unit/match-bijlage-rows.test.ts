import { describe, expect, it } from 'vitest';
import {
  FUZZY_THRESHOLD,
  matchBijlageRows,
  matchHeadings,
  normaliseTitle,
  titleSimilarity,
  type MatchAction,
} from '@/lib/import/bijlage/match-bijlage-rows';

// Titles of the Actieplan Pleegzorg as its rounds worded them (prisma/seed-data).
const lines = [
  { id: 1, code: '1', title: 'Continuïteit en stabiliteit, ook na het 18e jaar' },
  { id: 2, code: '2', title: 'Toerusten en ondersteunen van pleegouders' },
];
const actions: MatchAction[] = [
  { id: 10, lineId: 2, title: 'Project ‘versterken van de kracht van pleegouders’', discontinued: false },
  { id: 11, lineId: 2, title: 'Campagne “supergewone mensen gezocht”', discontinued: false },
  { id: 12, lineId: 2, title: 'Onderzoek naar overwegingen van mensen die na het bezoeken van een voorlichtingsbijeenkomst besluiten zich niet aan te melden als pleegouder', discontinued: false },
  { id: 13, lineId: 1, title: 'Evaluatie Wet verbetering positie pleegouders', discontinued: false },
  { id: 14, lineId: 2, title: 'Uitvoering week van de pleegzorg', discontinued: false },
  { id: 15, lineId: 1, title: 'Financiële en fiscale aspecten', discontinued: true },
];
const lineIds = [1, 2];

describe('normaliseTitle', () => {
  it('folds case, diacritics, quotes, dashes, punctuation and whitespace', () => {
    expect(normaliseTitle('Campagne “supergewone  mensen gezocht”')).toBe('campagne supergewone mensen gezocht');
    expect(normaliseTitle('Kwaliteitskader Voorbereiding en screening aspirant-pleegouders.')).toBe(
      'kwaliteitskader voorbereiding en screening aspirant pleegouders',
    );
    expect(normaliseTitle('Financiële – fiscale aspecten')).toBe('financiele fiscale aspecten');
  });
});

describe('titleSimilarity', () => {
  it('is 1 for the same normalised title and high for a reworded one', () => {
    expect(titleSimilarity('Evaluatie Wet verbetering positie pleegouders', 'Evaluatie wet verbetering positie pleegouders')).toBe(1);
    expect(titleSimilarity('Project ‘versterken van de kracht van pleegouders’', 'Project ‘Investeren in de kracht van pleegouders’')).toBeGreaterThanOrEqual(FUZZY_THRESHOLD);
    expect(titleSimilarity('Uitvoering week van de pleegzorg', 'Werving van gezinshuisouders')).toBeLessThan(0.5);
  });
});

describe('matchHeadings', () => {
  it('finds lines by code, then by title, else none', () => {
    const found = matchHeadings(
      [
        { code: '2', title: 'Andere titel' },
        { code: null, title: 'Continuïteit en stabiliteit, ook na het 18e jaar.' },
        { code: '9', title: 'Nieuwe lijn' },
      ],
      lines,
    );
    expect(found.map((line) => line?.id ?? null)).toEqual([2, 1, null]);
  });
});

describe('matchBijlageRows', () => {
  it('matches the same title under the same line exactly, whatever its quotes and case', () => {
    const [match] = matchBijlageRows([{ headingIndex: 1, title: 'Campagne supergewone mensen gezocht' }], lineIds, actions);
    expect(match!.proposed).toEqual({ kind: 'exact', actionId: 11, score: 1 });
  });

  it('proposes a title reworded between rounds as fuzzy, with its score', () => {
    const [match] = matchBijlageRows(
      [{ headingIndex: 1, title: 'Verkennend onderzoek naar de overwegingen van mensen die na het bezoeken van een voorlichtingsbijeenkomst besluiten zich niet als pleegouder aan te melden' }],
      lineIds,
      actions,
    );
    expect(match!.proposed.kind).toBe('fuzzy');
    expect(match!.proposed).toMatchObject({ actionId: 12 });
    expect(match!.candidates[0]).toMatchObject({ actionId: 12 });
  });

  it('finds a title under another line at a lower score', () => {
    const [match] = matchBijlageRows([{ headingIndex: 1, title: 'Evaluatie Wet verbetering positie pleegouders' }], lineIds, actions);
    expect(match!.proposed).toEqual({ kind: 'fuzzy', actionId: 13, score: 0.9 });
  });

  it('finds a shortened title by its words', () => {
    const [match] = matchBijlageRows([{ headingIndex: 1, title: 'Week van de Pleegzorg' }], lineIds, actions);
    expect(match!.proposed).toEqual({ kind: 'fuzzy', actionId: 14, score: 0.889 });
  });

  it('proposes nieuw below the threshold, still listing candidates', () => {
    const [match] = matchBijlageRows([{ headingIndex: 1, title: 'Werving van pleegouders via de week van de pleegzorg' }], lineIds, actions);
    expect(match!.proposed).toEqual({ kind: 'new' });
    expect(match!.candidates[0]!.actionId).toBe(14);
    expect(match!.candidates[0]!.score).toBeLessThan(FUZZY_THRESHOLD);
    expect(match!.candidates.length).toBeLessThanOrEqual(5);
  });

  it('gives an action to one row only: the better one, the other gets nieuw', () => {
    const matches = matchBijlageRows(
      [
        { headingIndex: 1, title: 'Project versterken van de kracht van de pleegouders' },
        { headingIndex: 1, title: 'Project ‘versterken van de kracht van pleegouders’' },
      ],
      lineIds,
      actions,
    );
    expect(matches[1]!.proposed).toEqual({ kind: 'exact', actionId: 10, score: 1 });
    expect(matches[0]!.proposed).toEqual({ kind: 'new' });
  });

  it('proposes a discontinued action only on an exact title', () => {
    const [exact, alike] = matchBijlageRows(
      [
        { headingIndex: 0, title: 'Financiële en fiscale aspecten' },
        { headingIndex: 0, title: 'Financiële en fiscale aspecten pleegzorg' },
      ],
      lineIds,
      actions.map((a) => (a.id === 15 ? a : { ...a, title: `${a.title} x` })),
    );
    expect(exact!.proposed).toEqual({ kind: 'exact', actionId: 15, score: 1 });
    expect(alike!.proposed).toEqual({ kind: 'new' });
    expect(alike!.candidates[0]!.actionId).toBe(15);
  });

  it('matches 2,000 reworded rows against 2,000 actions in well under a second or two', () => {
    const many: MatchAction[] = Array.from({ length: 2000 }, (_, i) => ({
      id: i + 1,
      lineId: 1 + (i % 10),
      title: `Actie ${i} over de werving, binding en het behoud van pleegouders in regio ${i % 37}`,
      discontinued: false,
    }));
    const rows = many.map((a, i) => ({ headingIndex: i % 10, title: i % 2 ? a.title : `${a.title} (herzien)` }));
    const matches = matchBijlageRows(rows, Array.from({ length: 10 }, (_, i) => i + 1), many);
    const wrong = matches.flatMap((m, i) => (m.proposed.kind !== 'new' && m.proposed.actionId === i + 1 ? [] : [[i, m.proposed]]));
    expect(wrong).toEqual([]);
  });
});
