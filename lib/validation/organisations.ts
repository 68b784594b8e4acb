import { z } from '@/lib/validation/dutch-zod';
import { idField, textField } from '@/lib/validation/fields';

export const organisationSchema = z.object({
  abbreviation: textField({ label: 'de afkorting', min: 1, max: 20 }).regex(
    /^[A-Za-z0-9-]+$/,
    'Alleen letters, cijfers en streepjes, bijvoorbeeld NJi.',
  ),
  name: textField({ label: 'de naam', min: 2, max: 200 }),
  /** Other spellings, separated by commas. */
  aliases: textField({ label: 'de andere schrijfwijzen', max: 200 }).transform((text) =>
    text.split(',').map((alias) => alias.trim()).filter((alias) => alias !== ''),
  ),
});
export const updateOrganisationSchema = organisationSchema.extend({ organisationId: idField });
