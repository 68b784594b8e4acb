import { z } from '@/lib/validation/dutch-zod';
import { idField, textField } from '@/lib/validation/fields';

export const createRoundSchema = z.object({
  planId: idField,
  title: textField({ label: 'de titel', min: 3, max: 200 }),
  date: z.iso.date({ error: 'Vul een geldige datum in.' }),
});

const CONFIRM_PUBLISH = 'Bevestig dat de rapportage openbaar wordt en daarna niet meer kan veranderen.';

export const roundTransitionSchema = z
  .object({
    roundId: idField,
    transition: z.enum(['open', 'close', 'publish'], { error: 'Onbekende stap.' }),
    // The checkbox sends "on"; publishing cannot be undone, so the server asks for it too.
    confirm: z.literal('on', { error: CONFIRM_PUBLISH }).optional(),
  })
  .refine((input) => input.transition !== 'publish' || input.confirm === 'on', { path: ['confirm'], message: CONFIRM_PUBLISH });
