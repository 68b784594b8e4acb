import { z } from '@/lib/validation/dutch-zod';
import { idField, plainTextString } from '@/lib/validation/fields';
import { ROUND_DATE_RANGE, roundDateField, roundTitleField } from '@/lib/validation/rounds';
import { DEFAULT_REMINDER_DAYS } from '@/lib/rounds/input-deadline';

/**
 * The forms of a round's life cycle: the input deadline given when it opens, editing its title,
 * date and deadline until publication, and the steps that ask for a confirmation first (closing,
 * reopening, deleting a concept).
 */

const DEADLINE_DATE = 'Vul een geldige inleverdatum in, bijvoorbeeld 11-12-2026.';
const DEADLINE_TIME = 'Vul de tijd in als uu:mm (bijvoorbeeld 17:00), of laat het veld leeg voor 23:59.';
const REMINDER_DAYS = 'Vul een aantal dagen van 0 tot en met 60 in.';

/** "" (or nothing sent) as undefined, for optional fields. */
const blankAsUndefined = (value: unknown) => (value === '' ? undefined : value);

const deadlineDateField = plainTextString({ subject: 'de inleverdatum' })
  .trim()
  .min(1, 'Vul de inleverdatum in: tot wanneer kunnen partners hun acties bijwerken?')
  .pipe(z.iso.date({ error: DEADLINE_DATE }))
  .pipe(z.string().refine((date) => date >= ROUND_DATE_RANGE.earliest && date <= ROUND_DATE_RANGE.latest, DEADLINE_DATE));

/** An optional time of day, "HH:MM" (a time input may add ":SS", which must be zero); null when empty. */
const deadlineTimeField = z.preprocess(
  (value) => (value === undefined ? '' : value),
  plainTextString({ subject: 'de tijd' })
    .trim()
    .pipe(z.string().refine((time) => time === '' || /^([01]\d|2[0-3]):[0-5]\d(:00)?$/.test(time), DEADLINE_TIME))
    .transform((time) => (time === '' ? null : time.slice(0, 5))),
);

const reminderDaysField = z.preprocess(
  (value) => (value === undefined || value === '' ? String(DEFAULT_REMINDER_DAYS) : value),
  plainTextString({ subject: 'het aantal dagen' })
    .trim()
    .pipe(z.string().regex(/^\d{1,2}$/, REMINDER_DAYS))
    .transform(Number)
    .refine((days) => days <= 60, REMINDER_DAYS),
);

export const openRoundSchema = z.object({
  roundId: idField,
  deadlineDate: z.preprocess((value) => value ?? '', deadlineDateField),
  deadlineTime: deadlineTimeField,
  reminderDaysBefore: reminderDaysField,
});

export const editRoundSchema = z
  .object({
    roundId: idField,
    title: roundTitleField,
    date: roundDateField,
    // A concept may have no deadline yet; the use case requires one once the round is open.
    deadlineDate: z.preprocess(blankAsUndefined, deadlineDateField.optional()),
    deadlineTime: deadlineTimeField,
    reminderDaysBefore: reminderDaysField,
  })
  .refine((input) => input.deadlineDate !== undefined || input.deadlineTime === null, {
    path: ['deadlineDate'],
    message: 'Vul ook de inleverdatum in, of maak de tijd leeg.',
  });

/** What each confirmed step refuses without its confirmation. */
export const STEP_CONFIRMATIONS = {
  close: 'Bevestig dat u de ronde sluit: partners kunnen daarna niet meer bewerken.',
  reopen: 'Bevestig dat u de ronde heropent: partners kunnen daarna weer bewerken.',
  delete: 'Bevestig dat u deze conceptronde verwijdert.',
} as const;

export type ConfirmedStep = keyof typeof STEP_CONFIRMATIONS;

export const confirmedStepSchema = z
  .object({
    roundId: idField,
    step: z.enum(['close', 'reopen', 'delete'], { error: 'Onbekende stap.' }),
    // The checkbox sends "on"; the server asks for it, so the step is confirmed with or without JavaScript.
    confirm: z.string().optional(),
  })
  .superRefine((input, context) => {
    if (input.confirm !== 'on') context.addIssue({ code: 'custom', path: ['confirm'], message: STEP_CONFIRMATIONS[input.step] });
  });
