/** The editing forms' zod schemas: what passes, and the Dutch message for what does not. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { signInErrorMessage } from '@/lib/auth/sign-in-messages';
import { formValues } from '@/lib/forms/form-values';
import { createActionSchema, createLineSchema } from '@/lib/validation/plan-editing';
import { createRoundSchema } from '@/lib/validation/rounds';
import { saveUpdateFormSchema } from '@/lib/validation/updates';
import { createUserSchema, updateUserSchema } from '@/lib/validation/users';

const errorsOf = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
};

describe('the editing forms’ schemas', () => {
  it('accepts an update and trims its texts', () => {
    const parsed = saveUpdateFormSchema.parse({ entryId: '7', baseVersion: '3', status: 'COMPLETED', result: ' Klaar. ', planning: 'Gereed' });
    expect(parsed).toEqual({ entryId: 7, baseVersion: 3, status: 'COMPLETED', result: 'Klaar.', planning: 'Gereed', intent: 'save' });
  });

  it('limits the texts of an update', () => {
    expect(errorsOf(saveUpdateFormSchema, { entryId: '1', baseVersion: '1', status: 'IN_PROGRESS', result: 'x'.repeat(4001), planning: '' })).toEqual({
      result: ['Het resultaat of de stand van zaken mag hoogstens 4000 tekens lang zijn.'],
      planning: ['Vul de planning (bijv. ‘eind 2026’ of ‘Doorlopend’) in.'],
    });
    expect(errorsOf(saveUpdateFormSchema, { entryId: '-1', baseVersion: '0', status: 'IN_PROGRESS', result: 'a', planning: 'b', intent: 'weg' })).toEqual({
      entryId: ['Ongeldige keuze.'],
      baseVersion: ['Ongeldige versie.'],
      intent: ['Onbekende knop.'],
    });
  });

  it('checks rounds, lines and actions', () => {
    expect(errorsOf(createRoundSchema, { planId: '1', title: 'R', date: '2026-02-30' })).toEqual({
      title: ['De titel moet minstens 3 tekens lang zijn.'],
      date: ['Vul een geldige datum in.'],
    });
    expect(errorsOf(createLineSchema, { planId: '1', code: 'A 1', title: 'Lijn', opgave: '', parentId: '' })).toEqual({
      code: ['Alleen letters en cijfers, bijvoorbeeld 5 of B2.'],
    });
    expect(createActionSchema.parse({ planId: '1', lineId: '2', title: 'Actie', description: '', organisationIds: '4' }).organisationIds).toEqual([4]);
    expect(createActionSchema.parse({ planId: '1', lineId: '2', title: 'Actie', description: '' }).organisationIds).toEqual([]);
  });

  it('ties a partner editor to one organisation and keeps passwords within bcrypt’s 72 bytes', () => {
    const base = { email: 'A@B.nl', name: 'Naam', password: 'een-goed-wachtwoord' };
    expect(createUserSchema.parse({ ...base, role: 'PARTNER_EDITOR', organisationId: '3' })).toMatchObject({ email: 'a@b.nl', organisationId: 3 });
    expect(errorsOf(createUserSchema, { ...base, role: 'MINISTRY_EDITOR', organisationId: '3' })).toEqual({
      organisationId: ['Een redacteur van het ministerie hoort bij geen partnerorganisatie.'],
    });
    expect(errorsOf(createUserSchema, { ...base, role: 'PARTNER_EDITOR', password: 'é'.repeat(40) })).toEqual({
      password: ['Een wachtwoord heeft hoogstens 72 tekens.'],
      organisationId: ['Kies de organisatie van deze partnerredacteur.'],
    });
    expect(updateUserSchema.parse({ userId: '1', name: 'Naam', role: 'MINISTRY_EDITOR', organisationId: '', password: 'genegeerd' })).toEqual({
      userId: 1,
      name: 'Naam',
      role: 'MINISTRY_EDITOR',
      organisationId: undefined,
      active: false,
    });
  });

  it('reads repeated form fields as lists', () => {
    const data = new FormData();
    data.append('organisationIds', '1');
    data.append('organisationIds', '2');
    data.append('title', 'T');
    expect(formValues(data)).toEqual({ organisationIds: ['1', '2'], title: 'T' });
  });

  it('explains a failed sign-in in Dutch', () => {
    expect(signInErrorMessage('CredentialsSignin')).toBe('Het e-mailadres of het wachtwoord klopt niet.');
    expect(signInErrorMessage('TeVeelPogingen:30')).toBe('Te veel mislukte pogingen. Probeer het over 30 seconden opnieuw.');
    expect(signInErrorMessage('TeVeelPogingen:600')).toBe('Te veel mislukte pogingen. Probeer het over 10 minuten opnieuw.');
  });
});
