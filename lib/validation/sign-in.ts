import { z } from 'zod';

/** The sign-in form; the server checks the same. */
export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, 'Vul uw e-mailadres in.').max(254, 'Dit e-mailadres is te lang.'),
  password: z.string().min(1, 'Vul uw wachtwoord in.').max(200, 'Dit wachtwoord is te lang.'),
});
