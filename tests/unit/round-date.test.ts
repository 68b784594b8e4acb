/** A round's date: a real calendar date from 1 January 2000 to 31 December 2100. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createRoundSchema } from '@/lib/validation/rounds';

const dateErrors = (date: string) => {
  const result = createRoundSchema.safeParse({ planId: '1', title: 'Voortgang', date });
  return result.success ? [] : z.flattenError(result.error).fieldErrors.date;
};
const OUT_OF_RANGE = ['Kies een datum van 1 januari 2000 tot en met 31 december 2100.'];

describe('the date of a new round', () => {
  it.each(['0000-01-01', '0202-05-01', '1999-12-31', '2101-01-01', '9999-12-31'])('refuses %s as out of range', (date) => {
    expect(dateErrors(date)).toEqual(OUT_OF_RANGE);
  });

  it.each(['2000-01-01', '2026-12-01', '2100-12-31'])('accepts %s', (date) => {
    expect(dateErrors(date)).toEqual([]);
  });

  it('refuses what is no calendar date with its own message only', () => {
    expect(dateErrors('2026-02-30')).toEqual(['Vul een geldige datum in.']);
    expect(dateErrors('20226-01-01')).toEqual(['Vul een geldige datum in.']);
    expect(dateErrors('0000-00-00')).toEqual(['Vul een geldige datum in.']);
  });
});
