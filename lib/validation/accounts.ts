import { z } from '@/lib/validation/dutch-zod';
import { checkboxField, idField, plainTextString } from '@/lib/validation/fields';
import { emailField, passwordField } from '@/lib/validation/users';
import { TOKEN_PATTERN } from '@/lib/accounts/account-token-pattern';

/** The forms of one's own account: one-time links, a forgotten password, the password and reminders. */

export const LINK_UNUSABLE = 'Deze link is verlopen of al gebruikt. Vraag een nieuwe aan.';

export const tokenField = z.string({ error: LINK_UNUSABLE }).regex(TOKEN_PATTERN, LINK_UNUSABLE);

/** A new password, typed twice; the same rules as everywhere (passwordField), no control characters. */
const newPassword = z
  .object({
    password: plainTextString({ subject: 'het wachtwoord' }).pipe(passwordField),
    passwordRepeat: z.string({ error: 'Herhaal het nieuwe wachtwoord.' }).min(1, 'Herhaal het nieuwe wachtwoord.'),
  })
  .refine((input) => input.password === input.passwordRepeat, {
    path: ['passwordRepeat'],
    message: 'De twee wachtwoorden zijn niet gelijk.',
  });

export const setPasswordWithLinkSchema = z.object({ token: tokenField }).and(newPassword);

export const requestPasswordResetSchema = z.object({
  email: plainTextString({ subject: 'uw e-mailadres' }).pipe(emailField),
});

export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: 'Vul uw huidige wachtwoord in.' }).min(1, 'Vul uw huidige wachtwoord in.').max(200, 'Dit wachtwoord is te lang.'),
  })
  .and(newPassword);

export const remindersSchema = z.object({ remindersEnabled: checkboxField });

export const resendInvitationSchema = z.object({ userId: idField });
