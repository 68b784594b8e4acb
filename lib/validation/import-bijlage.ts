import { z } from '@/lib/validation/dutch-zod';
import type { BijlageChoices, RowChoice } from '@/lib/import/bijlage/bijlage-preview';
import { checkboxField, idField } from '@/lib/validation/fields';
import { roundDateField, roundTitleField } from '@/lib/validation/rounds';

/**
 * The forms of a bijlage import: where the upload goes (the plan's concept round or a new round),
 * and the editor's choice per row, as form fields (`keuze-<row index>`) and compactly in the
 * preview's address (`?keuze=12:345,13:nieuw,14:overslaan`).
 */
export const uploadTargetSchema = z.discriminatedUnion(
  'doel',
  [
    z.object({ doel: z.literal('ronde'), roundId: idField }),
    z.object({ doel: z.literal('nieuw'), title: roundTitleField, date: roundDateField }),
  ],
  { error: 'Kies in welke ronde de bijlage komt.' },
);
export type UploadTarget = z.output<typeof uploadTargetSchema>;

const NEW = 'nieuw';
const SKIP = 'overslaan';
/** The most rows a choice may name: far above any bijlage (IMPORT_LIMITS.bijlageRows is 5,000). */
const MAX_ROW_INDEX = 100_000;
const FIELD = /^keuze-(\d{1,6})$/;

/** A choice as a form field's value: an action's id, "nieuw" or "overslaan". */
export function choiceValue(choice: RowChoice): string {
  return choice === 'new' ? NEW : choice === 'skip' ? SKIP : String(choice);
}

/** A form field's value as a choice; null for anything else. */
export function parseChoiceValue(value: string): RowChoice | null {
  if (value === NEW) return 'new';
  if (value === SKIP) return 'skip';
  const id = idField.safeParse(value);
  return /^\d{1,10}$/.test(value) && id.success ? id.data : null;
}

/** The choices in a posted form: every `keuze-<index>` field; null when one is not a choice. */
export function choicesFromForm(formData: FormData): BijlageChoices | null {
  const choices: BijlageChoices = {};
  for (const [name, value] of formData.entries()) {
    const field = FIELD.exec(name);
    if (!field) continue;
    const index = Number(field[1]);
    if (value === '') continue; // "Kies een actie": no choice yet
    const choice = typeof value === 'string' ? parseChoiceValue(value) : null;
    if (index > MAX_ROW_INDEX || choice === null) return null;
    choices[index] = choice;
  }
  return choices;
}

/** The choices that differ from `proposed`, for the address: "12:345,13:nieuw" ("" for none). */
export function encodeChoices(choices: BijlageChoices, proposed: BijlageChoices = {}): string {
  return Object.entries(choices)
    .filter(([index, choice]) => proposed[Number(index)] !== choice)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([index, choice]) => `${index}:${choiceValue(choice)}`)
    .join(',');
}

/** The address's choices; null when the text is not a list of choices (the preview then ignores it). */
export function decodeChoices(text: string | undefined): BijlageChoices | null {
  if (text === undefined || text === '') return {};
  if (text.length > 200_000) return null;
  const choices: BijlageChoices = {};
  for (const part of text.split(',')) {
    const match = /^(\d{1,6}):([a-z0-9]{1,10})$/.exec(part);
    const choice = match ? parseChoiceValue(match[2]!) : null;
    if (!match || choice === null || Number(match[1]) > MAX_ROW_INDEX) return null;
    choices[Number(match[1])] = choice;
  }
  return choices;
}

export const importIdSchema = z.object({ importId: idField });

export const applyBijlageSchema = z.object({
  importId: idField,
  /** "Deze rapportage is al verstuurd": close the round after importing. */
  sluiten: checkboxField,
});

/** The proposals as the preview rendered them (`voorstel`: the encoding of `encodeChoices`). */
export const refreshPreviewSchema = z.object({
  importId: idField,
  voorstel: z.string().max(200_000).optional(),
});
