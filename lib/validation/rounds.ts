import { z } from 'zod';
import { idField, textField } from '@/lib/validation/fields';

export const createRoundSchema = z.object({
  planId: idField,
  title: textField({ label: 'de titel', min: 3, max: 200 }),
  date: z.iso.date({ error: 'Vul een geldige datum in.' }),
});

export const roundTransitionSchema = z.object({
  roundId: idField,
  transition: z.enum(['open', 'close', 'publish'], { error: 'Onbekende stap.' }),
});
