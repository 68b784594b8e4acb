import { describe, expect, it } from 'vitest';
import { combineTexts, fieldChoice, mergeTexts } from '@/lib/updates/merge-texts';

describe('combineTexts', () => {
  it('keeps the shared start once and both additions in full, one’s own first', () => {
    expect(combineTexts('Vorige tekst. JN: gesprekken gevoerd.', 'Vorige tekst. Ministerie: subsidie verleend.')).toBe(
      'Vorige tekst. JN: gesprekken gevoerd. Ministerie: subsidie verleend.',
    );
  });

  it('shows two rewordings of the same words side by side, the shared end once', () => {
    expect(combineTexts('De pilot loopt in vier regio’s.', 'De pilot loopt in vijf regio’s.')).toBe('De pilot loopt in vier / vijf regio’s.');
    expect(combineTexts('eind 2026', 'Q2 2027')).toBe('eind 2026 / Q2 2027');
  });

  it('never cuts a word in two at the shared start or end', () => {
    // "gevoerd." and "verleend." share "d.", "opgestart" and "opgeleverd" share "op": neither is a word of its own.
    expect(combineTexts('Gesprekken gevoerd.', 'Subsidie verleend.')).toBe('Gesprekken gevoerd. Subsidie verleend.');
    expect(combineTexts('opgestart', 'opgeleverd')).toBe('opgestart / opgeleverd');
  });

  it('gives way to the text that already contains the other, and ignores an empty one', () => {
    expect(combineTexts('Vorige tekst', 'Vorige tekst, aangevuld door het ministerie')).toBe('Vorige tekst, aangevuld door het ministerie');
    expect(combineTexts('Vorige tekst, met mijn aanvulling', 'Vorige tekst')).toBe('Vorige tekst, met mijn aanvulling');
    expect(combineTexts('Zelfde tekst ', 'Zelfde tekst')).toBe('Zelfde tekst');
    expect(combineTexts('', 'Hun tekst')).toBe('Hun tekst');
    expect(combineTexts('Mijn tekst', '  ')).toBe('Mijn tekst');
  });

  it('counts a text as contained only word for word: "vak" is not in "vakantie"', () => {
    expect(combineTexts('Start na de vakantie.', 'vak')).toBe('Start na de vakantie. vak');
    expect(combineTexts('vak', 'Start na de vakantie.')).toBe('vak / Start na de vakantie.');
  });

  it('puts a blank line between parts that run over several lines', () => {
    expect(combineTexts('Stand:\nA loopt.\nB loopt.', 'Stand:\nC is klaar.')).toBe('Stand:\nA loopt.\nB loopt.\n\nC is klaar.');
  });

  it('loses no word of either text', () => {
    const mine = 'In 2026 zijn 40 pleeggezinnen geworven; de training start in maart.';
    const theirs = 'In 2026 zijn 35 pleeggezinnen geworven en is de subsidie verlengd.';
    const combined = combineTexts(mine, theirs);
    for (const word of [...mine.split(/\s+/), ...theirs.split(/\s+/)]) expect(combined).toContain(word);
  });
});

describe('mergeTexts', () => {
  const base = 'Vorige tekst.';

  it('takes over what each side changed in different places', () => {
    const mine = 'Vorige tekst. JN: gesprekken gevoerd. Ministerie: subsidie verlengd.';
    const theirs = 'Vorige tekst. Ministerie: subsidie verlengd. Evaluatie gepland.';
    expect(mergeTexts('Vorige tekst. Ministerie: subsidie verlengd.', mine, theirs)).toBe(
      'Vorige tekst. JN: gesprekken gevoerd. Ministerie: subsidie verlengd. Evaluatie gepland.',
    );
    expect(mergeTexts('In drie regio’s, start in maart.', 'In vier regio’s, start in maart.', 'In drie regio’s, start in april.')).toBe(
      'In vier regio’s, start in april.',
    );
  });

  it('keeps both wordings where both changed the same place, one’s own first', () => {
    expect(mergeTexts(base, 'Vorige tekst. JN: gesprekken gevoerd.', 'Vorige tekst. Ministerie: subsidie verlengd.')).toBe(
      'Vorige tekst. JN: gesprekken gevoerd. Ministerie: subsidie verlengd.',
    );
    expect(mergeTexts('In drie regio’s.', 'In vier regio’s.', 'In vijf regio’s.')).toBe('In vier / vijf regio’s.');
  });

  it('gives the other side’s text when one’s own field was not changed, and the reverse', () => {
    expect(mergeTexts(base, base, 'Hun tekst.')).toBe('Hun tekst.');
    expect(mergeTexts(base, 'Mijn tekst.', base)).toBe('Mijn tekst.');
    expect(mergeTexts(base, 'Zelfde.', 'Zelfde.')).toBe('Zelfde.');
  });

  it('keeps a deletion by one side when the other did not touch those words', () => {
    expect(mergeTexts('Een twee drie vier.', 'Een drie vier.', 'Een twee drie vier vijf.')).toBe('Een drie vier vijf.');
  });
});

describe('fieldChoice', () => {
  it('says whether the form holds one’s own text, theirs, or something of both', () => {
    expect(fieldChoice('a', 'a', 'a')).toBe('same');
    expect(fieldChoice('b', 'a', 'b')).toBe('theirs');
    expect(fieldChoice('a', 'a', 'b')).toBe('mine');
    expect(fieldChoice('a / b', 'a', 'b')).toBe('combined');
  });
});
