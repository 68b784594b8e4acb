import { z } from '@/lib/validation/dutch-zod';

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

/**
 * Characters no text may contain: the C0 controls except tab and line feed, DEL, and the C1
 * controls (U+0080–U+009F, NEL U+0085 included: browsers send line breaks as CRLF, never as NEL,
 * so a C1 character is always mis-decoded or forged input). Postgres refuses U+0000 outright, and
 * the others are invisible in every view and export. A carriage return is accepted only as part
 * of CRLF, which becomes LF before this check.
 */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

/** Textareas send line breaks as CRLF; texts are stored with LF only. */
function normaliseLineBreaks(text: string): string {
  return text.replace(/\r\n/g, '\n');
}

/** The Dutch message for the first control character in `text`, or undefined when it has none. */
function controlCharacterMessage(subject: string, text: string): string | undefined {
  const found = CONTROL_CHARACTER.exec(text)?.[0];
  if (found === undefined) return undefined;
  const codePoint = `U+${found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return `${capitalise(subject)} bevat een onzichtbaar stuurteken (${codePoint}); haal het weg en probeer het opnieuw.`;
}

/** A string without control characters, CRLF read as LF; `subject` names it in the messages ("de titel"). */
export function plainTextString(options: { subject: string }) {
  return z
    .string({ error: `Vul ${options.subject} in.` })
    .overwrite(normaliseLineBreaks)
    .superRefine((text, context) => {
      const message = controlCharacterMessage(options.subject, text);
      if (message) context.addIssue({ code: 'custom', message, input: text });
    });
}

export function textField(options: { label: string; min?: number; max: number }) {
  const base = plainTextString({ subject: options.label }).trim();
  const bounded = base.max(options.max, `${capitalise(options.label)} mag hoogstens ${options.max} tekens lang zijn.`);
  return options.min
    ? bounded.min(options.min, options.min === 1 ? `Vul ${options.label} in.` : `${capitalise(options.label)} moet minstens ${options.min} tekens lang zijn.`)
    : bounded;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
