import { z } from '@/lib/validation/dutch-zod';
import { COMPLETENESS_CATEGORIES } from '@/lib/rounds/completeness';
import { idField, listField, textField } from '@/lib/validation/fields';

/**
 * The dates a round may have: well before the first action plan tracked here and far ahead, so a
 * typing error in the year ("0202", "20226") is refused rather than stored (ISO dates compare as text).
 */
export const ROUND_DATE_RANGE = { earliest: '2000-01-01', latest: '2100-12-31' } as const;

export const createRoundSchema = z.object({
  planId: idField,
  title: textField({ label: 'de titel', min: 3, max: 200 }),
  date: z.iso
    .date({ error: 'Vul een geldige datum in.' })
    .pipe(
      z
        .string()
        .refine((date) => date >= ROUND_DATE_RANGE.earliest && date <= ROUND_DATE_RANGE.latest, 'Kies een datum van 1 januari 2000 tot en met 31 december 2100.'),
    ),
});

/** A round's next step; publishing names the categories of open items the editor accepts. */
export const roundTransitionSchema = z.object({
  roundId: idField,
  transition: z.enum(['open', 'close', 'publish'], { error: 'Onbekende stap.' }),
  accepted: listField(z.enum(COMPLETENESS_CATEGORIES, { error: 'Onbekende categorie.' })),
});
