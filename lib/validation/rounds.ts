import { z } from '@/lib/validation/dutch-zod';
import { COMPLETENESS_CATEGORIES } from '@/lib/rounds/completeness';
import { idField, listField, textField } from '@/lib/validation/fields';

/**
 * The dates a round may have: well before the first action plan tracked here and far ahead, so a
 * typing error in the year ("0202", "20226") is refused rather than stored (ISO dates compare as text).
 */
export const ROUND_DATE_RANGE = { earliest: '2000-01-01', latest: '2100-12-31' } as const;

/** A round's date: a calendar date from 1 January 2000 to 31 December 2100. */
export const roundDateField = z.iso
  .date({ error: 'Vul een geldige datum in.' })
  .pipe(
    z
      .string()
      .refine((date) => date >= ROUND_DATE_RANGE.earliest && date <= ROUND_DATE_RANGE.latest, 'Kies een datum van 1 januari 2000 tot en met 31 december 2100.'),
  );

export const roundTitleField = textField({ label: 'de titel', min: 3, max: 200 });

export const createRoundSchema = z.object({
  planId: idField,
  title: roundTitleField,
  date: roundDateField,
});

const CONFIRM_PUBLISH = 'Bevestig dat de rapportage openbaar wordt en daarna niet meer kan veranderen.';

export const publishRoundSchema = z
  .object({
    roundId: idField,
    // Opening asks for the deadline and closing for a confirmation: see round-life-cycle.ts.
    transition: z.enum(['publish'], { error: 'Onbekende stap.' }),
    // The checkbox sends "on"; publishing cannot be undone, so the server asks for it too.
    confirm: z.literal('on', { error: CONFIRM_PUBLISH }).optional(),
    // The categories of open items the editor accepts (publishRound checks them again).
    accepted: listField(z.enum(COMPLETENESS_CATEGORIES, { error: 'Onbekende categorie.' })),
  })
  .refine((input) => input.transition !== 'publish' || input.confirm === 'on', { path: ['confirm'], message: CONFIRM_PUBLISH });
