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
