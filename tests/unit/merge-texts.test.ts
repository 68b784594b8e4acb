import { describe, expect, it } from 'vitest';
import { combineTexts, fieldChoice } from '@/lib/updates/merge-texts';

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

describe('fieldChoice', () => {
  it('says whether the form holds one’s own text, theirs, or something of both', () => {
    expect(fieldChoice('a', 'a', 'a')).toBe('same');
    expect(fieldChoice('b', 'a', 'b')).toBe('theirs');
    expect(fieldChoice('a', 'a', 'b')).toBe('mine');
    expect(fieldChoice('a / b', 'a', 'b')).toBe('combined');
  });
});
