import { z } from '@/lib/validation/dutch-zod';
import { checkboxField, idField, optionalIdField, textField } from '@/lib/validation/fields';

export const ROLES = ['MINISTRY_EDITOR', 'PARTNER_EDITOR'] as const;

/** bcrypt reads at most 72 bytes; longer passwords would be cut off silently. */
export const passwordField = z
  .string({ error: 'Vul een wachtwoord in.' })
  .min(12, 'Een wachtwoord heeft minstens 12 tekens.')
  .refine((password) => new TextEncoder().encode(password).length <= 72, 'Een wachtwoord heeft hoogstens 72 tekens.');

export const emailField = z
  .string({ error: 'Vul een e-mailadres in.' })
  .trim()
  .toLowerCase()
  .pipe(z.email('Vul een geldig e-mailadres in.').max(254, 'Dit e-mailadres is te lang.'));

const accountFields = z.object({
  name: textField({ label: 'de naam', min: 2, max: 100 }),
  role: z.enum(ROLES, { error: 'Kies een rol.' }),
  organisationId: optionalIdField,
});

/** A partner editor belongs to exactly one organisation; a ministry editor to none. */
function organisationMatchesRole(account: { role: (typeof ROLES)[number]; organisationId?: number }, context: z.RefinementCtx) {
  if (account.role === 'PARTNER_EDITOR' && account.organisationId === undefined) {
    context.addIssue({ code: 'custom', path: ['organisationId'], message: 'Kies de organisatie van deze partnerredacteur.' });
  }
  if (account.role === 'MINISTRY_EDITOR' && account.organisationId !== undefined) {
    context.addIssue({ code: 'custom', path: ['organisationId'], message: 'Een redacteur van het ministerie hoort bij geen partnerorganisatie.' });
  }
}

/** `npm run user:create`: an account with its password. */
export const createUserSchema = accountFields
  .extend({ email: emailField, password: passwordField })
  .superRefine(organisationMatchesRole);

/** /beheer/gebruikers: an account without a password; the invited person chooses it. */
export const inviteUserSchema = accountFields.extend({ email: emailField }).superRefine(organisationMatchesRole);

export const updateUserSchema = accountFields
  .extend({
    userId: idField,
    active: checkboxField,
  })
  .superRefine(organisationMatchesRole);
