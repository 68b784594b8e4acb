import { z } from 'zod';
import { idField, textField } from '@/lib/validation/fields';

export const createRoundSchema = z.object({
  planId: idField,
  title: textField({ label: 'de titel', min: 3, max: 200 }),
  date: z.iso.date({ error: 'Vul een geldige datum in.' }),
});

export const roundTransitionSchema = z
  .object({
    roundId: idField,
    transition: z.enum(['open', 'close', 'publish'], { error: 'Onbekende stap.' }),
    // The checkbox sends "on"; publishing cannot be undone, so the server asks for it too.
    confirm: z.literal('on').optional(),
  })
  .refine((input) => input.transition !== 'publish' || input.confirm === 'on', {
    path: ['confirm'],
    message: 'Bevestig dat de rapportage openbaar wordt en daarna niet meer kan veranderen.',
  });
