import { describe, expect, it } from 'vitest';
import { shiftMonths, shiftPeriods } from '@/lib/deadlines/describe-shift';
import { shiftsAlongRounds } from '@/lib/deadlines/shifts-along-rounds';

const report = (roundId: number, end: string | null) => ({ roundId, deadline: { start: null, end } });

describe('shiftsAlongRounds', () => {
  it('measures each report against the published round just before it, in any order', () => {
    const shifted = shiftsAlongRounds([report(3, '2019-12-31'), report(2, '2019-03-31'), report(1, '2018-12-31')], [1, 2, 3]);
    expect(shifted.map((r) => [r.roundId, r.shift?.months ?? null])).toEqual([
      [3, 9],
      [2, 3],
      [1, null],
    ]);
    expect(shifted[1]!.shift).toEqual({ previousEnd: '2018-12-31', newEnd: '2019-03-31', months: 3 });
  });

  it('sees no shift when the previous round did not report the action, even if an older one did', () => {
    const shifted = shiftsAlongRounds([report(1, '2018-12-31'), report(3, '2019-12-31')], [1, 2, 3]);
    expect(shifted.map((r) => r.shift)).toEqual([null, null]);
  });
});

describe('describing a shift', () => {
  const shift = { previousEnd: '2018-12-31', newEnd: '2019-03-31', months: 3 };

  it('says how many months, singular or plural', () => {
    expect(shiftMonths(shift)).toBe('+3 maanden');
    expect(shiftMonths({ months: 1 })).toBe('+1 maand');
  });

  it('names the periods by their planning texts, or by the months of the ends', () => {
    expect(shiftPeriods(shift, { previous: 'eind 2018', current: 'Q1 2019 ' })).toBe('eind 2018 → Q1 2019');
    expect(shiftPeriods(shift)).toBe('december 2018 → maart 2019');
    expect(shiftPeriods(shift, { previous: '2019', current: '2019' })).toBe('december 2018 → maart 2019');
  });
});
