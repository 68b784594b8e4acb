import { z } from '@/lib/validation/dutch-zod';
import { roundDateField, roundTitleField } from '@/lib/validation/rounds';

/** The new round a bijlage is imported into: a round's title and date, as the round form asks them. */
export const newRoundSchema = z.object({ title: roundTitleField, date: roundDateField });

/** An uploaded file's name, as kept with the upload and shown in the preview. */
export const importFileNameField = z
  .string()
  .trim()
  .min(1, 'Kies een bestand.')
  .max(255, 'De bestandsnaam mag hoogstens 255 tekens lang zijn.')
  .refine((name) => !/[\u0000-\u001F\u007F-\u009F]/.test(name), 'De bestandsnaam bevat een onzichtbaar stuurteken.')
  .refine((name) => name.toLowerCase().endsWith('.docx'), 'Kies een Word-document (.docx).');
