import { z } from '@/lib/validation/dutch-zod';
import { plainTextString } from '@/lib/validation/fields';

/** The sign-in form; the server checks the same. */
export const signInSchema = z.object({
  email: plainTextString({ subject: 'uw e-mailadres' }).trim().toLowerCase().min(1, 'Vul uw e-mailadres in.').max(254, 'Dit e-mailadres is te lang.'),
  password: z.string({ error: 'Vul uw wachtwoord in.' }).min(1, 'Vul uw wachtwoord in.').max(200, 'Dit wachtwoord is te lang.'),
});
