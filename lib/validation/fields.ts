import { z } from 'zod';

/** Field types shared by the editing forms, with Dutch messages. */

export const idField = z.coerce
  .number({ error: 'Ongeldige keuze.' })
  .int('Ongeldige keuze.')
  .positive('Ongeldige keuze.')
  .max(2_147_483_647, 'Ongeldige keuze.');

/** An optional choice from a select, where "" means none. */
export const optionalIdField = z.preprocess((value) => (value === '' || value === undefined ? undefined : value), idField.optional());

/** The version of an entry the editor started from (optimistic concurrency). */
export const versionField = z.coerce.number({ error: 'Ongeldige versie.' }).int('Ongeldige versie.').min(1, 'Ongeldige versie.');

/** A checkbox: present ("on") is true. */
export const checkboxField = z.preprocess((value) => value === 'on' || value === 'true', z.boolean());

/** Several values of one name (checkboxes); one value or none become a list too. */
export function listField<T extends z.ZodType>(item: T) {
  return z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(item));
}

export function textField(options: { label: string; min?: number; max: number }) {
  const base = z.string({ error: `Vul ${options.label} in.` }).trim();
  const bounded = base.max(options.max, `${capitalise(options.label)} mag hoogstens ${options.max} tekens lang zijn.`);
  return options.min
    ? bounded.min(options.min, options.min === 1 ? `Vul ${options.label} in.` : `${capitalise(options.label)} moet minstens ${options.min} tekens lang zijn.`)
    : bounded;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
