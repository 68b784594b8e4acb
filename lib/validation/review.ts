import { z } from '@/lib/validation/dutch-zod';
import { idField, textField, versionField } from '@/lib/validation/fields';

/** Approving names the version the reviewer read. */
export const approveEntrySchema = z.object({ entryId: idField, version: versionField });

/** Returning also says what to change; the partner sees it. */
export const returnEntrySchema = approveEntrySchema.extend({
  comment: textField({ label: 'een toelichting voor de partner', min: 1, max: 2000 }),
});

export const ENTRY_COMMENT_MAX = 2000;

/** A partner's answer to the ministry's return comment. */
export const answerEntrySchema = z.object({
  entryId: idField,
  body: textField({ label: 'uw antwoord', min: 1, max: ENTRY_COMMENT_MAX }),
});

/** How many entries one bulk approval takes at most: a round has about a hundred. */
export const MAX_BULK_APPROVALS = 200;

/** A selected entry as its checkbox sends it: "entryId:version", the version the reviewer saw. */
const selectedEntry = z
  .string({ error: 'Ongeldige keuze.' })
  .regex(/^\d{1,10}:\d{1,10}$/, 'Ongeldige keuze.')
  .transform((value) => {
    const [entryId, version] = value.split(':').map(Number);
    return { entryId: entryId!, version: version! };
  })
  .pipe(
    z.object({
      entryId: z.number().int().positive('Ongeldige keuze.').max(2_147_483_647, 'Ongeldige keuze.'),
      version: z.number().int().min(1, 'Ongeldige versie.').max(2_147_483_647, 'Ongeldige versie.'),
    }),
  );

/** Approving a selection: every entry with the version on the reviewer's screen. */
export const approveEntriesSchema = z.object({
  selectie: z.preprocess(
    (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
    z
      .array(selectedEntry)
      .min(1, 'Kies eerst een of meer acties om goed te keuren.')
      .max(MAX_BULK_APPROVALS, `Keur hoogstens ${MAX_BULK_APPROVALS} acties tegelijk goed.`),
  ),
});

/** Taking back an approval or a return: the state it set, at the version it was given for. */
export const undoReviewSchema = approveEntrySchema.extend({
  reviewState: z.enum(['APPROVED', 'RETURNED'], { error: 'Ongeldige keuze.' }),
});
