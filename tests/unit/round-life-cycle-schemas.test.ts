/** The life-cycle forms of a round: the deadline when opening, editing, and the confirmed steps. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { confirmedStepSchema, editRoundSchema, openRoundSchema } from '@/lib/validation/round-life-cycle';

const errorsOf = (result: { success: boolean; error?: z.ZodError }) =>
  result.success ? {} : z.flattenError(result.error!).fieldErrors;

describe('opening a round', () => {
  it('takes a date, an optional time and the reminder days (5 when not given)', () => {
    expect(openRoundSchema.parse({ roundId: '3', deadlineDate: '2026-12-11', deadlineTime: '', reminderDaysBefore: '' })).toEqual({
      roundId: 3,
      deadlineDate: '2026-12-11',
      deadlineTime: null,
      reminderDaysBefore: 5,
    });
    expect(openRoundSchema.parse({ roundId: '3', deadlineDate: '2026-12-11', deadlineTime: '14:30:00', reminderDaysBefore: '0' })).toMatchObject({
      deadlineTime: '14:30',
      reminderDaysBefore: 0,
    });
  });

  it.each([
    [{}, { deadlineDate: ['Vul de inleverdatum in: tot wanneer kunnen partners hun acties bijwerken?'] }],
    [{ deadlineDate: '' }, { deadlineDate: ['Vul de inleverdatum in: tot wanneer kunnen partners hun acties bijwerken?'] }],
    [{ deadlineDate: '11-12-2026' }, { deadlineDate: ['Vul een geldige inleverdatum in, bijvoorbeeld 11-12-2026.'] }],
    [{ deadlineDate: '2026-02-30' }, { deadlineDate: ['Vul een geldige inleverdatum in, bijvoorbeeld 11-12-2026.'] }],
    [{ deadlineDate: '2101-01-01' }, { deadlineDate: ['Vul een geldige inleverdatum in, bijvoorbeeld 11-12-2026.'] }],
    [
      { deadlineDate: '2026-12-11\u0000' },
      { deadlineDate: ['De inleverdatum bevat een onzichtbaar stuurteken (U+0000); haal het weg en probeer het opnieuw.'] },
    ],
    [{ deadlineDate: '2026-12-11', deadlineTime: '24:00' }, { deadlineTime: ['Vul de tijd in als uu:mm (bijvoorbeeld 17:00), of laat het veld leeg voor 23:59.'] }],
    [{ deadlineDate: '2026-12-11', deadlineTime: '9:30' }, { deadlineTime: ['Vul de tijd in als uu:mm (bijvoorbeeld 17:00), of laat het veld leeg voor 23:59.'] }],
    [
      { deadlineDate: '2026-12-11', deadlineTime: '09:30\u0085' },
      { deadlineTime: ['De tijd bevat een onzichtbaar stuurteken (U+0085); haal het weg en probeer het opnieuw.'] },
    ],
    [{ deadlineDate: '2026-12-11', reminderDaysBefore: '61' }, { reminderDaysBefore: ['Vul een aantal dagen van 0 tot en met 60 in.'] }],
    [{ deadlineDate: '2026-12-11', reminderDaysBefore: '-1' }, { reminderDaysBefore: ['Vul een aantal dagen van 0 tot en met 60 in.'] }],
    [{ deadlineDate: '2026-12-11', reminderDaysBefore: '2.5' }, { reminderDaysBefore: ['Vul een aantal dagen van 0 tot en met 60 in.'] }],
  ])('refuses %j with a Dutch message', (fields, errors) => {
    expect(errorsOf(openRoundSchema.safeParse({ roundId: '3', ...fields }))).toEqual(errors);
  });
});

describe('editing a round', () => {
  const valid = { roundId: '3', title: 'Voortgang 2027', date: '2027-01-15', deadlineDate: '', deadlineTime: '', reminderDaysBefore: '5' };

  it('lets a concept go without a deadline, but not a time without a date', () => {
    expect(editRoundSchema.parse(valid)).toMatchObject({ deadlineDate: undefined, deadlineTime: null });
    expect(errorsOf(editRoundSchema.safeParse({ ...valid, deadlineTime: '12:00' }))).toEqual({
      deadlineDate: ['Vul ook de inleverdatum in, of maak de tijd leeg.'],
    });
  });

  it('keeps the round date rules of a new round', () => {
    expect(errorsOf(editRoundSchema.safeParse({ ...valid, date: '1999-12-31' }))).toEqual({
      date: ['Kies een datum van 1 januari 2000 tot en met 31 december 2100.'],
    });
    expect(errorsOf(editRoundSchema.safeParse({ ...valid, title: 'V' }))).toEqual({ title: ['De titel moet minstens 3 tekens lang zijn.'] });
  });
});

describe('a confirmed step', () => {
  it.each([
    ['close', 'Bevestig dat u de ronde sluit: partners kunnen daarna niet meer bewerken.'],
    ['reopen', 'Bevestig dat u de ronde heropent: partners kunnen daarna weer bewerken.'],
    ['delete', 'Bevestig dat u deze conceptronde verwijdert.'],
  ])('%s is refused without the confirmation', (step, message) => {
    expect(errorsOf(confirmedStepSchema.safeParse({ roundId: '3', step }))).toEqual({ confirm: [message] });
    expect(errorsOf(confirmedStepSchema.safeParse({ roundId: '3', step, confirm: 'ja' }))).toEqual({ confirm: [message] });
    expect(confirmedStepSchema.parse({ roundId: '3', step, confirm: 'on' })).toEqual({ roundId: 3, step, confirm: 'on' });
  });

  it('knows no other steps', () => {
    expect(errorsOf(confirmedStepSchema.safeParse({ roundId: '3', step: 'publish', confirm: 'on' }))).toEqual({ step: ['Onbekende stap.'] });
  });
});
